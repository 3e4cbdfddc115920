package fr.victimportal.deadline;

/**
 * The legal points docs/legal-notes.md leaves open (❌ or uncertain), each governed by one switch of {@link Interpretation}.
 * The UI translates {@code deadline.interpretation.<NAME>.default} or {@code .alternative}.
 */
public enum InterpretationPoint {
    /**
     * docs/legal-notes.md ❌: R211-29/R211-31 still point at "the first paragraph of L211-9", which since 2003 is the 3-month
     * deadline; written in 1988, they aimed at the 8-month one. Same doubt for the other 1988 rules (R211-34,
     * R211-35 al.1) about which offer deadline they extend.
     */
    R211_SUSPENSIONS_ON_THREE_MONTH_OFFER,
    /** docs/legal-notes.md ❌: whether L211-9 deadlines (5 months after learning of consolidation) bind the insurer for an aggravation. */
    OFFER_DEADLINES_FOR_AGGRAVATION,
    /** R211-43 "15 days at least before the exam": whether the receipt day and the exam day are both excluded. */
    EXAM_NOTICE_CLEAR_DAYS,
    /**
     * docs/legal-notes.md: R211-36 makes CPC 642 the rule for the deadlines of the offer procedure's section only; the
     * 10-year limitation (C. civ. 2226, 2229) and the fund's foreclosures (R421-12) are outside it. Prudent default:
     * the nominal date, even a Saturday, Sunday or holiday. Alternative: moved to the next working day, as some courts
     * have accepted.
     */
    LIMITATION_ON_NON_WORKING_DAY;

    public String messageKey(boolean alternativeReading) {
        return "deadline.interpretation." + name() + (alternativeReading ? ".alternative" : ".default");
    }
}
