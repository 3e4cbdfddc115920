package fr.victimportal.claim.model;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a victim's mandate lets an association caseworker do, item by item (docs/legal-notes.md). Nothing here can let them
 * accept, refuse or withdraw from an offer, receive money, or read a medical document the victim did not share with
 * them: the services refuse those to a HELPER whatever the mandate says.
 */
public enum HelperScope {
    /** Receive copies of the correspondence: the procedure's mails and reminders, the offer to read. */
    CORRESPONDENCE,
    /** Help gather documents: see the declaration, add documents to the claim. */
    DOCUMENTS,
    /** Accompany to meetings and to the examination as a non-medical companion: its date and place. */
    ACCOMPANY,
    /** Find a doctor (médecin de recours) or a lawyer: the directory and the claim's assisting doctor. */
    FIND_DOCTOR,
    /** Act as civil party in the criminal case (CPP 2-12): the portal only records the victim's agreement. */
    CIVIL_PARTY;

    public static String encode(Set<HelperScope> scope) {
        return scope.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    public static Set<HelperScope> decode(String text) {
        if (text == null || text.isBlank()) {
            return EnumSet.noneOf(HelperScope.class);
        }
        return Arrays.stream(text.split(","))
                .map(String::strip)
                .map(HelperScope::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(HelperScope.class)));
    }
}
