package fr.victimportal.mandate;

/**
 * The legal standing the association relies on to help its members (loi 71-1130 art. 63; CPP 2-12; CPP 41 and
 * D1-12-1; docs/legal-notes.md). The mandate records it; the portal does not verify it (the victim is told so).
 */
public enum Standing {
    /** Recognised as of public utility (loi 71-1130 art. 63). */
    PUBLIC_UTILITY,
    /** Road-victims association declared for at least 5 years, able to act as civil party (CPP 2-12). */
    CIVIL_PARTY,
    /** Victim-support association approved by the Ministry of Justice (France Victimes network, CPP 41, D1-12-1). */
    APPROVED_VICTIM_SUPPORT,
    /** Family association (loi 71-1130 art. 63). */
    FAMILY,
    /** Another body listed in loi 71-1130 art. 63. */
    OTHER_ART_63
}
