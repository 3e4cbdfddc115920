package fr.victimportal.claim.model;

/** The victim's health-insurance scheme, one of the R211-37 items. */
public enum SocialSecurityScheme {
    GENERAL,
    AGRICULTURAL,
    SELF_EMPLOYED,
    CIVIL_SERVANT,
    OTHER,
    NONE
}
