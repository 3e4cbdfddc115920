package fr.victimportal.claim;

/**
 * Who holds the claim when the victim cannot act alone (DOMAIN §2; C. assur. L211-15): a parent or guardian for a minor,
 * a guardian (tuteur) or other representative appointed by the judge for a protected adult. Any settlement for them
 * needs the prior authorisation of the juge des tutelles or the family council (L211-15).
 *
 * @param person         MINOR or PROTECTED_ADULT; {@code null} when the victim holds their own claim
 * @param representedName the victim's name, when the account is the representative's
 * @param role           the representative's capacity
 */
public record Representation(Person person, String representedName, Role role) {

    public static final Representation NONE = new Representation(null, null, null);

    public enum Person {
        MINOR, PROTECTED_ADULT
    }

    public enum Role {
        /** Parent exercising parental authority (administrateur légal). */
        PARENT,
        /** Guardian appointed by the judge (tuteur). */
        TUTOR,
        /** Another representative appointed by the judge (habilitation familiale, mandataire judiciaire). */
        OTHER,
        /**
         * Curator (curatelle, C. civ. 440 and 467): the adult acts personally with the curator's assistance; L211-15
         * (the judge's authorisation of the settlement) covers only minors and adults under tutelle.
         */
        CURATOR
    }

    public boolean represented() {
        return person != null;
    }

    /**
     * L211-15: a settlement for a minor or an adult under tutelle needs the judge's (or family council's) prior
     * authorisation; an adult under curatelle settles with the curator's assistance instead.
     */
    public boolean settlementNeedsJudge() {
        return represented() && role != Role.CURATOR;
    }

    /** An adult under curatelle: acts personally, assisted by the curator (C. civ. 467). */
    public boolean curatelle() {
        return role == Role.CURATOR;
    }
}
