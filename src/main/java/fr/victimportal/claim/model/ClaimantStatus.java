package fr.victimportal.claim.model;

/** Where a claimant stands (issue 24): invited (link sent), active (joined with their account), or ended. */
public enum ClaimantStatus {
    INVITED,
    ACTIVE,
    ENDED
}
