package fr.victimportal.claim.model;

/** What the current user is to a claim; every read and write of the claim module is decided from it. */
public enum Relation {
    /** The victim who declared the claim (or their legal representative). */
    OWNER,
    /** An association caseworker under the victim's mandate. */
    HELPER,
    /** The victim's assisting doctor. */
    DOCTOR,
    /** The insurer's examining doctor. */
    EXPERT,
    /** An insurer support agent: sees the victim's screens, read-only for the victim's own answers. */
    AGENT,
    /**
     * A relative of the direct victim, or an heir after the death (issue 24): reads the dashboard, never the messages,
     * and a medical document only when shared with them or, for an heir after a death, under CSP L1110-4 V.
     */
    RELATIVE;

    public boolean mayEditAnswers() {
        return this == OWNER;
    }
}
