package fr.victimportal.claim.events;

/**
 * Published when the owner of a draft changes its first answer away from "a relative who died" (issue 24): the death
 * they declared is gone from the draft, and the certificate they gave for it was never sent to anyone. Published in
 * the transaction of the change, so the medical module removes the certificate in the same commit.
 *
 * @param proofDocumentId the certificate among the claim's documents
 */
public record HeirDeclarationWithdrawn(long claimId, long proofDocumentId) {}
