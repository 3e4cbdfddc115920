package fr.victimportal.doctor;

import java.util.List;

/**
 * One doctor of the directory as the screens show it.
 *
 * @param languages ISO 639 codes of the languages spoken ("fr", "en", "ar" …)
 * @param remote    takes remote (video) consultations
 */
public record DirectoryEntry(
        long id,
        long version,
        String name,
        List<Specialty> specialties,
        String department,
        String city,
        List<String> languages,
        boolean remote,
        String presentation,
        String fees,
        String email,
        boolean retired) {}
