package fr.victimportal.audit;

/** The result of walking the whole chain: intact, or the first entry whose hash does not follow from the previous. */
public record AuditChainCheck(boolean intact, long entries, Long firstBrokenSeq) {}
