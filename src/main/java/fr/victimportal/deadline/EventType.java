package fr.victimportal.deadline;

/** The event that starts a period. The UI translates {@code deadline.event.<NAME>}. */
public enum EventType {
    ACCIDENT,
    COMPENSATION_REQUEST,
    CONSOLIDATION,
    CONSOLIDATION_KNOWN,
    QUESTIONNAIRE_PRESENTED,
    POST_CONSOLIDATION_QUESTIONNAIRE_PRESENTED,
    /** An incomplete answer to the questionnaire reaches the insurer (starts its R211-33 re-ask period). */
    INCOMPLETE_ANSWER_RECEIVED,
    EXAMINATION,
    SETTLEMENT,
    WITHDRAWAL_PERIOD_END,
    AGGRAVATION_CONSOLIDATION,
    AGGRAVATION_CONSOLIDATION_KNOWN,
    /** A court decision with the force of res judicata against a known, uninsured person responsible (R421-12). */
    FINAL_JUDGMENT;

    public String messageKey() {
        return "deadline.event." + name();
    }
}
