package fr.victimportal.doctor;

import java.util.List;

/** What an agent types to add or edit a directory entry. */
public record EntryInput(
        String name,
        List<Specialty> specialties,
        String department,
        String city,
        List<String> languages,
        boolean remote,
        String presentation,
        String fees,
        String email) {}
