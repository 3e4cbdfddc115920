package fr.victimportal.account;

/** Who a person is in the procedure (ARCHITECTURE "Who sees what"; docs/legal-notes.md). */
public enum Role {
    /** The injured person, owner of a claim, or their legal representative. */
    VICTIM,
    /** An association caseworker acting under the victim's mandate (loi 71-1130 art. 63; docs/legal-notes.md). */
    HELPER,
    /** An insurer support agent: sees the victim's screens, never the raw medical documents (CSP R4127-104). */
    AGENT,
    /**
     * An insurer's administrator: invites and retires that insurer's agents, unlocks their accounts and reads their
     * actions in the audit trail. Sees no claim: health data stay with the agents who handle the claims.
     */
    INSURER_ADMIN,
    /** The victim's assisting doctor, médecin de recours (C. assur. R211-43). */
    DOCTOR,
    /** The insurer's examining doctor (C. assur. R211-43, R211-44). */
    EXPERT,
    /**
     * A relative or heir of the direct victim (issue 24). Only ever a claim participant's role: the person's account
     * stays a VICTIM account (they may have their own claim), never an account role.
     */
    RELATIVE;

    /** The Spring Security authority for this role, as @RolesAllowed expects it. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** Whether the account belongs to an insurer (an agent or an insurer's administrator). */
    public boolean ofInsurer() {
        return this == AGENT || this == INSURER_ADMIN;
    }
}
