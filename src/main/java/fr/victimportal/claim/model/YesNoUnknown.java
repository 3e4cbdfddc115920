package fr.victimportal.claim.model;

/** An answer a victim may not know yet; "I don't know" is a real answer, not a missing one. */
public enum YesNoUnknown {
    YES,
    NO,
    UNKNOWN
}
