package fr.victimportal.deadline;

import java.time.Period;

/**
 * Stable identifier of each deadline (docs/legal-notes.md). The UI translates {@code deadline.<CODE>.title},
 * {@code .explanation} and {@code .ifMissed}.
 */
public enum DeadlineCode {
    /** D2: tell the liable party's insurer of the accident within 1 month. */
    INSURER_NOTICE(EventType.ACCIDENT, Actor.VICTIM, Period.ofMonths(1), "C. assur. art. R211-29"),
    /** D4: answer the insurer's first questionnaire within 6 weeks. */
    QUESTIONNAIRE_ANSWER(EventType.QUESTIONNAIRE_PRESENTED, Actor.VICTIM, Period.ofWeeks(6), "C. assur. art. R211-31"),
    /** D5: the insurer re-asks for what is missing within 15 days of an incomplete answer. */
    QUESTIONNAIRE_REASK(EventType.QUESTIONNAIRE_PRESENTED, Actor.INSURER, Period.ofDays(15), "C. assur. art. R211-33"),
    /** D6: answer the insurer's post-consolidation questionnaire within 6 weeks. */
    POST_CONSOLIDATION_QUESTIONNAIRE_ANSWER(
            EventType.POST_CONSOLIDATION_QUESTIONNAIRE_PRESENTED,
            Actor.VICTIM,
            Period.ofWeeks(6),
            "C. assur. art. R211-32"),
    /** D5 for the post-consolidation questionnaire. */
    POST_CONSOLIDATION_QUESTIONNAIRE_REASK(
            EventType.POST_CONSOLIDATION_QUESTIONNAIRE_PRESENTED,
            Actor.INSURER,
            Period.ofDays(15),
            "C. assur. art. R211-33"),
    /** D7: latest day the exam notice may reach the victim (counted backwards from the exam). */
    EXAM_NOTICE(EventType.EXAMINATION, Actor.INSURER, Period.ofDays(15), "C. assur. art. R211-43"),
    /** D8: the examining doctor sends the report within 20 days of the exam. */
    EXPERT_REPORT(EventType.EXAMINATION, Actor.EXAMINING_DOCTOR, Period.ofDays(20), "C. assur. art. R211-44"),
    /** D10: reasoned offer within 3 months of the request (liability not contested, damage quantified). */
    OFFER_3M(EventType.COMPENSATION_REQUEST, Actor.INSURER, Period.ofMonths(3), "C. assur. art. L211-9 al. 1"),
    /** D10, second sentence: reasoned reply within 3 months when liability or quantum is open. */
    REASONED_REPLY_3M(EventType.COMPENSATION_REQUEST, Actor.INSURER, Period.ofMonths(3), "C. assur. art. L211-9 al. 1"),
    /** D11: an offer (possibly provisional) within 8 months of the accident. */
    OFFER_8M(EventType.ACCIDENT, Actor.INSURER, Period.ofMonths(8), "C. assur. art. L211-9 al. 2"),
    /** D13: definitive offer within 5 months of the insurer learning of consolidation (when that was late). */
    OFFER_DEFINITIVE_5M(
            EventType.CONSOLIDATION_KNOWN, Actor.INSURER, Period.ofMonths(5), "C. assur. art. L211-9 al. 3"),
    /** D20: the victim may withdraw from the settlement within 15 days. */
    WITHDRAWAL(EventType.SETTLEMENT, Actor.VICTIM, Period.ofDays(15), "C. assur. art. L211-16"),
    /** D21: payment within 1 month after the withdrawal period ends. */
    PAYMENT(EventType.SETTLEMENT, Actor.INSURER, Period.ofMonths(1), "C. assur. art. L211-17"),
    /** D24: action time-barred 10 years after consolidation. */
    LIMITATION(EventType.CONSOLIDATION, Actor.VICTIM, Period.ofYears(10), "C. civ. art. 2226"),
    /** D25: each aggravation opens its own 10 years from its consolidation. */
    AGGRAVATION_LIMITATION(
            EventType.AGGRAVATION_CONSOLIDATION,
            Actor.VICTIM,
            Period.ofYears(10),
            "C. assur. art. L211-19 ; C. civ. art. 2226"),
    /** §3.5, only under {@link Interpretation#offerDeadlinesApplyToAggravation()}: 5 months for the aggravation offer. */
    AGGRAVATION_OFFER_5M(
            EventType.AGGRAVATION_CONSOLIDATION,
            Actor.INSURER,
            Period.ofMonths(5),
            "C. assur. art. L211-19, L211-9 al. 3 (interprétation)"),
    /**
     * D26/D27: request to the guarantee fund (FGAO) within 3 years of the accident when the person responsible is
     * unknown, within 1 year of the transaction with, or the final judgment against, a known uninsured one.
     * Foreclosure. The period depends on the case: {@link Deadline#period()} gives the one used.
     */
    FGAO_REQUEST(EventType.ACCIDENT, Actor.VICTIM, Period.ofYears(3), "C. assur. art. R421-12"),
    /**
     * D26/D27: within 5 years of the accident, an agreement with the fund or an action against it (responsible
     * unknown), or a transaction with or an action against the person responsible (known, uninsured). Foreclosure.
     */
    FGAO_AGREEMENT_OR_ACTION(EventType.ACCIDENT, Actor.VICTIM, Period.ofYears(5), "C. assur. art. R421-12");

    private final EventType rootEvent;
    private final Actor actor;
    private final Period basePeriod;
    private final String legalBasis;

    DeadlineCode(EventType rootEvent, Actor actor, Period basePeriod, String legalBasis) {
        this.rootEvent = rootEvent;
        this.actor = actor;
        this.basePeriod = basePeriod;
        this.legalBasis = legalBasis;
    }

    /** The fact whose date starts this deadline's chain; what {@link DeadlineEngine#forEvent} filters on. */
    public EventType rootEvent() {
        return rootEvent;
    }

    public Actor actor() {
        return actor;
    }

    /** The period set by the text, before any suspension or extension. */
    public Period basePeriod() {
        return basePeriod;
    }

    /** Short citation of the main article; a deadline may add articles for the extensions it applied. */
    public String legalBasis() {
        return legalBasis;
    }

    /** True for periods counted backwards from their event, which CPC 642 never moves forward. */
    public boolean countedBackwards() {
        return this == EXAM_NOTICE;
    }

    /**
     * A limitation (C. civ. 2226, 2229) or foreclosure (R421-12) period, outside the offer procedure's section, so
     * outside R211-36 and CPC 642: the nominal date is the date to act (docs/legal-notes.md), unless
     * {@link Interpretation#limitationRolledToWorkingDay()} chooses the other reading.
     */
    public boolean limitationOrForeclosure() {
        return this == LIMITATION
                || this == AGGRAVATION_LIMITATION
                || this == FGAO_REQUEST
                || this == FGAO_AGREEMENT_OR_ACTION;
    }

    /** An offer deadline whose breach starts the L211-13 penalty. */
    public boolean isOfferDeadline() {
        return this == OFFER_3M || this == OFFER_8M || this == OFFER_DEFINITIVE_5M;
    }

    public String titleKey() {
        return "deadline." + name() + ".title";
    }

    public String explanationKey() {
        return "deadline." + name() + ".explanation";
    }

    public String ifMissedKey() {
        return "deadline." + name() + ".ifMissed";
    }
}
