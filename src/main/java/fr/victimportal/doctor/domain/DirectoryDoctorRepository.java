package fr.victimportal.doctor.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DirectoryDoctorRepository extends JpaRepository<DirectoryDoctor, Long> {

    /** The active entries, by department then name; the search filters them in memory (a few hundred at most). */
    List<DirectoryDoctor> findByRetiredAtIsNullOrderByDepartmentAscFullNameAsc();
}
