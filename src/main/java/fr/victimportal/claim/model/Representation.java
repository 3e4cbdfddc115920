package fr.victimportal.claim.model;

/**
 * Who holds the claim when the victim cannot act alone (docs/legal-notes.md; C. assur. L211-15): a parent or guardian for a minor,
 * a guardian (tuteur) or other representative appointed by the judge for a protected adult. Any settlement for them
 * needs the prior authorisation of the juge des tutelles or the family council (L211-15).
 *
 * @param person         MINOR or PROTECTED_ADULT (under tutelle, or under curatelle with a CURATOR), DECEASED when an
 *                       HEIR opened the claim; {@code null} when the victim fills in their own claim
 * @param representedName the victim's name, when the account is the representative's
 * @param role           the representative's capacity
 */
public record Representation(Person person, String representedName, Role role) {

    public static final Representation NONE = new Representation(null, null, null);

    public enum Person {
        MINOR,
        PROTECTED_ADULT,
        /** The victim died (issue 24): an heir opened the claim for them; nobody represents a deceased person. */
        DECEASED
    }

    public enum Role {
        /** Parent exercising parental authority (administrateur légal). */
        PARENT,
        /** Guardian appointed by the judge (tuteur). */
        TUTOR,
        /**
         * Curator (curateur) of an adult under curatelle: the adult acts with the curator's assistance (C. civ. 467);
         * the L211-15 authorisation does not apply.
         */
        CURATOR,
        /** Another representative appointed by the judge (habilitation familiale, mandataire judiciaire). */
        OTHER,
        /**
         * A relative or heir of a victim who died, who opens the claim in their own right (issue 24): not a
         * representative; they take part as an heir once the claim is sent, and each heir's offer is their own.
         */
        HEIR
    }

    public boolean represented() {
        return person != null;
    }

    /**
     * L211-15: a settlement for a minor or an adult under tutelle needs the judge's (or family council's) prior
     * authorisation; an adult under curatelle settles with the curator's assistance instead.
     */
    public boolean settlementNeedsJudge() {
        return represented() && role != Role.CURATOR && role != Role.HEIR;
    }

    /** The claim was opened by an heir after the victim's death (issue 24): the screens speak of the deceased. */
    public boolean heir() {
        return role == Role.HEIR;
    }

    /** An adult under curatelle: acts personally, assisted by the curator (C. civ. 467). */
    public boolean curatelle() {
        return role == Role.CURATOR;
    }
}
