package fr.victimportal.doctor.domain;

import fr.victimportal.doctor.DirectoryEntry;
import fr.victimportal.doctor.EntryInput;
import fr.victimportal.doctor.Specialty;
import fr.victimportal.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

@Entity
@Table(name = "doctor_directory")
public class DirectoryDoctor extends AbstractEntity {

    @Column(name = "full_name", nullable = false)
    private String fullName;

    @Column(nullable = false)
    private String specialties;

    @Column(nullable = false)
    private String department;

    @Column(nullable = false)
    private String city;

    @Column(nullable = false)
    private String languages;

    @Column(nullable = false)
    private boolean remote;

    private String presentation;
    private String fees;

    @Column(nullable = false)
    private String email;

    @Column(name = "retired_at")
    private Instant retiredAt;

    @Column(name = "updated_by")
    private Long updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected DirectoryDoctor() {}

    public DirectoryDoctor(EntryInput in, Long by, Instant at) {
        apply(in, by, at);
    }

    public void apply(EntryInput in, Long by, Instant at) {
        fullName = in.name();
        specialties = in.specialties().stream().map(Enum::name).collect(Collectors.joining(","));
        department = in.department();
        city = in.city();
        languages = String.join(",", in.languages());
        remote = in.remote();
        presentation = in.presentation();
        fees = in.fees();
        email = in.email();
        updatedBy = by;
        updatedAt = at;
    }

    public void retire(Long by, Instant at) {
        retiredAt = at;
        updatedBy = by;
        updatedAt = at;
    }

    public boolean retired() {
        return retiredAt != null;
    }

    public DirectoryEntry entry() {
        return new DirectoryEntry(
                getId(),
                getVersion(),
                fullName,
                Arrays.stream(specialties.split(",")).map(Specialty::valueOf).toList(),
                department,
                city,
                List.of(languages.split(",")),
                remote,
                presentation,
                fees,
                email,
                retired());
    }
}
