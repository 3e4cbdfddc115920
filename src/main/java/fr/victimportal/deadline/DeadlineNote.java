package fr.victimportal.deadline;

/** Extra facts about a computed deadline the UI should show. It translates {@code deadline.note.<NAME>}. */
public enum DeadlineNote {
    /** L211-9 al.4: of the offer deadlines, this one expires first, so it is the one the victim can rely on. */
    MOST_FAVOURABLE_TO_VICTIM,
    /** D14: the 8-month and 5-month deadlines are cumulative; each must be met (Cass. 2e civ. 6 Mar 2014). */
    CUMULATIVE_WITH_OTHER_OFFER_DEADLINE,
    /** L211-9 al.3: insurer not told of consolidation within 3 months of the accident, the offer may be provisional. */
    OFFER_MAY_BE_PROVISIONAL,
    /** L211-9 al.3 a contrario: insurer knew of consolidation within 3 months, the 8-month offer must be definitive. */
    OFFER_MUST_BE_DEFINITIVE,
    /** 5-month deadline computed without the accident date: it applies only if consolidation became known late. */
    CONDITIONAL_ON_LATE_CONSOLIDATION_NOTICE,
    /** R211-30 context: the victim has died, the offer goes to the heirs and, where relevant, the spouse. */
    OFFER_TO_HEIRS,
    /** A suspension is still running: the due date moves one day later for every day it lasts. */
    SUSPENSION_ONGOING,
    /** R211-33 al.2: incomplete answer within 6 weeks and no re-ask within 15 days, so no suspension at all. */
    NO_SUSPENSION_LATE_REASK,
    /** R211-33: the insurer may still re-ask for the missing information; the due date may then move. */
    REASK_STILL_POSSIBLE,
    /** R211-43 counts backwards: the date is the last day the notice may arrive and is never moved by CPC 642. */
    LATEST_RECEIPT_DATE,
    /**
     * A limitation or foreclosure period ends on a Saturday, Sunday or holiday: act before that nominal date; a court
     * might accept the next working day, but nobody can count on it.
     */
    ACT_BEFORE_NOMINAL_DATE,
    /** R421-12: the fund's periods run from the day the victim learned of the damage if they prove they ignored it. */
    FROM_KNOWLEDGE_OF_DAMAGE,
    /** R421-12, responsible unknown: the agreement is with the fund, the action is against the fund. */
    RESPONSIBLE_UNKNOWN,
    /** R421-12, responsible known but uninsured: the transaction is with them, the action is against them. */
    RESPONSIBLE_UNINSURED,
    /** L211-22: once the fund holds what justifies its intervention, the L211-9 offer deadlines run against it. */
    FUND_OFFER_DEADLINES;

    public String messageKey() {
        return "deadline.note." + name();
    }
}
