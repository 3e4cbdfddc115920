package fr.victimportal.claim.model;

/** How a claimant is related to the direct victim (issue 24; R211-38 asks the link of each claimant). */
public enum KinLink {
    SPOUSE,
    PARTNER_PACS,
    COHABITANT,
    CHILD,
    PARENT,
    SIBLING,
    GRANDPARENT,
    GRANDCHILD,
    OTHER;

    /**
     * Whether CSP L1110-4 V names this link besides the heirs ("ayants droit"): the cohabitant ("concubin") and the PACS
     * partner may also read what they need after the death.
     */
    public boolean namedByL1110_4() {
        return this == PARTNER_PACS || this == COHABITANT;
    }
}
