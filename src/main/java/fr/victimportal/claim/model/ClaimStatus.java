package fr.victimportal.claim.model;

/** A declaration is a draft until the victim submits it; after that it can be corrected, with a history. */
public enum ClaimStatus {
    DRAFT,
    SUBMITTED
}
