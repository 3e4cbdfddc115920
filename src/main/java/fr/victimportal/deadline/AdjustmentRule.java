package fr.victimportal.deadline;

/**
 * The rules that suspend or extend a deadline (docs/legal-notes.md). The UI translates {@code deadline.adjustment.<NAME>}.
 */
public enum AdjustmentRule {
    /** Insurer not told of the accident within 1 month: offer deadline suspended until it is. */
    LATE_NOTICE_TO_INSURER(Kind.SUSPENSION, "C. assur. art. R211-29"),
    /** Victim died more than 1 month after the accident: offer deadline extended by the time elapsed minus 1 month. */
    DEATH_OF_VICTIM(Kind.EXTENSION, "C. assur. art. R211-30"),
    /** No or incomplete answer to the first questionnaire within 6 weeks. */
    QUESTIONNAIRE_NOT_ANSWERED(Kind.SUSPENSION, "C. assur. art. R211-31, R211-33"),
    /** No or incomplete answer to the post-consolidation questionnaire within 6 weeks. */
    POST_CONSOLIDATION_QUESTIONNAIRE_NOT_ANSWERED(Kind.SUSPENSION, "C. assur. art. R211-32, R211-33"),
    /** Court expert appointed in summary proceedings at the insurer's request: +1 month. */
    COURT_EXPERT_ON_INSURER_REQUEST(Kind.EXTENSION, "C. assur. art. R211-34"),
    /** Victim lives overseas or abroad: +1 month for the victim's answer and for the insurer's offer. */
    VICTIM_OVERSEAS_OR_ABROAD(Kind.EXTENSION, "C. assur. art. R211-35 al. 1"),
    /** A third-party payer lives overseas or abroad: every L211-9 deadline +1 month. */
    THIRD_PARTY_PAYER_OVERSEAS_OR_ABROAD(Kind.EXTENSION, "C. assur. art. R211-35 al. 2");

    /** A suspension stops the clock for an interval; an extension adds a fixed length. */
    public enum Kind {
        SUSPENSION,
        EXTENSION
    }

    private final Kind kind;
    private final String legalBasis;

    AdjustmentRule(Kind kind, String legalBasis) {
        this.kind = kind;
        this.legalBasis = legalBasis;
    }

    public Kind kind() {
        return kind;
    }

    public String legalBasis() {
        return legalBasis;
    }

    public String messageKey() {
        return "deadline.adjustment." + name();
    }
}
