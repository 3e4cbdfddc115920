package fr.victimportal.insurer.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InsurerRepository extends JpaRepository<Insurer, Long> {

    Optional<Insurer> findByIdentifier(String identifier);

    List<Insurer> findByRetiredAtIsNullOrderByNameAsc();

    List<Insurer> findAllByOrderByNameAsc();
}
