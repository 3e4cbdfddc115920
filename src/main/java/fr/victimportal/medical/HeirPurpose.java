package fr.victimportal.medical;

/**
 * Why an heir opens the deceased's medical documents: the three purposes of CSP L1110-4 V, one of which must be chosen
 * before each access and is kept with it in the audit trail.
 */
public enum HeirPurpose {
    /** To know the causes of death. */
    CAUSES_OF_DEATH,
    /** To defend the memory of the deceased. */
    MEMORY,
    /** To assert their own rights. */
    RIGHTS
}
