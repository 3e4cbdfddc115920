package fr.victimportal.deadline;

/**
 * One switch per open legal point (docs/legal-notes.md). Nothing unverified is hard-coded: change a reading here
 * and every deadline it touches is recomputed and flagged with {@link AppliedInterpretation}.
 *
 * @param r211SuspensionsApplyToThreeMonthOffer docs/legal-notes.md ❌. Default {@code false} (the recommended reading, the
 *        1988 intent): R211-29, R211-31/33, R211-34 and R211-35 al.1 adjust the 8-month offer (and R211-32, R211-34,
 *        R211-35 al.1 the 5-month one) but not the 3-month offer of L211-9 al.1. {@code true}: they adjust the
 *        3-month offer too. R211-35 al.2 ("the deadlines of L211-9") applies to all three either way.
 * @param offerDeadlinesApplyToAggravation docs/legal-notes.md ❌. Default {@code false}: no insurer deadline is computed for
 *        an aggravation, only its 10-year limitation. {@code true}: an indicative 5-month offer deadline runs from
 *        the day the insurer learned of the aggravation's consolidation (L211-9 al.3 by analogy).
 * @param examNoticeInClearDays R211-43, not settled. Default {@code true}: 15 clear days, neither the
 *        receipt day nor the exam day counted (CPC 641 counting the 15 days from receipt must end before the exam
 *        day), so the notice must arrive by exam − 16 days. {@code false}: exam − 15 days is enough.
 * @param limitationRolledToWorkingDay docs/legal-notes.md. Default {@code false}, the prudent reading: a limitation or
 *        foreclosure period (C. civ. 2226 and 2229, R421-12) ends on its nominal date even when that is a Saturday,
 *        Sunday or holiday, because R211-36 applies CPC 642 only to the offer procedure's section. {@code true}: the
 *        date moves to the next working day, as some courts have accepted (a reading no victim should count on).
 */
public record Interpretation(
        boolean r211SuspensionsApplyToThreeMonthOffer,
        boolean offerDeadlinesApplyToAggravation,
        boolean examNoticeInClearDays,
        boolean limitationRolledToWorkingDay) {

    /** The readings docs/legal-notes.md recommends. */
    public static final Interpretation DOMAIN_DEFAULT = new Interpretation(false, false, true, false);

    /** The three original switches, with the prudent (unmoved) limitation date. */
    public Interpretation(
            boolean r211SuspensionsApplyToThreeMonthOffer,
            boolean offerDeadlinesApplyToAggravation,
            boolean examNoticeInClearDays) {
        this(r211SuspensionsApplyToThreeMonthOffer, offerDeadlinesApplyToAggravation, examNoticeInClearDays, false);
    }

    public static Interpretation domainDefault() {
        return DOMAIN_DEFAULT;
    }

    /** The switch value for a point, {@code true} meaning the alternative reading. */
    public boolean alternative(InterpretationPoint point) {
        return switch (point) {
            case R211_SUSPENSIONS_ON_THREE_MONTH_OFFER -> r211SuspensionsApplyToThreeMonthOffer;
            case OFFER_DEADLINES_FOR_AGGRAVATION -> offerDeadlinesApplyToAggravation;
            case EXAM_NOTICE_CLEAR_DAYS -> !examNoticeInClearDays;
            case LIMITATION_ON_NON_WORKING_DAY -> limitationRolledToWorkingDay;
        };
    }

    public AppliedInterpretation applied(InterpretationPoint point) {
        return new AppliedInterpretation(point, alternative(point));
    }

    public Interpretation withR211SuspensionsApplyToThreeMonthOffer(boolean value) {
        return new Interpretation(
                value, offerDeadlinesApplyToAggravation, examNoticeInClearDays, limitationRolledToWorkingDay);
    }

    public Interpretation withOfferDeadlinesApplyToAggravation(boolean value) {
        return new Interpretation(
                r211SuspensionsApplyToThreeMonthOffer, value, examNoticeInClearDays, limitationRolledToWorkingDay);
    }

    public Interpretation withExamNoticeInClearDays(boolean value) {
        return new Interpretation(
                r211SuspensionsApplyToThreeMonthOffer,
                offerDeadlinesApplyToAggravation,
                value,
                limitationRolledToWorkingDay);
    }

    public Interpretation withLimitationRolledToWorkingDay(boolean value) {
        return new Interpretation(
                r211SuspensionsApplyToThreeMonthOffer, offerDeadlinesApplyToAggravation, examNoticeInClearDays, value);
    }
}
