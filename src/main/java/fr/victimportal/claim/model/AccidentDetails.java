package fr.victimportal.claim.model;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Wizard step 1, the accident. Date and time are French local time; {@code department} is the INSEE code
 * (e.g. "75", "2A", "971") and is empty when the accident happened abroad.
 */
public record AccidentDetails(
        LocalDate date,
        LocalTime time,
        boolean abroad,
        String commune,
        String department,
        String country,
        String description,
        VictimRole victimRole,
        String policeReport) {}
