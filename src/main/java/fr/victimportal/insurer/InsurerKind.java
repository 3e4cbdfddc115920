package fr.victimportal.insurer;

/** What sort of organisation handles a claim. */
public enum InsurerKind {
    /** An insurance company (the involved vehicle's insurer, or the victim's own for the driver's guarantee). */
    INSURER,
    /**
     * The Fonds de garantie des assurances obligatoires de dommages (FGAO, C. assur. L421-1), for a driver who is
     * unknown or uninsured.
     */
    FUND
}
