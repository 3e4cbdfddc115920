package fr.victimportal.deadline;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The insurer's offer deadlines of L211-9 (3 months, 8 months, 5 months) with the suspensions and extensions of
 * R211-29 to R211-35 (docs/legal-notes.md), and the L211-9 al.4 / D14 reporting.
 */
final class OfferDeadlines {

    private final ProceduralCalendar calendar;
    private final Interpretation interpretation;
    private final LocalDate today;

    OfferDeadlines(ProceduralCalendar calendar, Interpretation interpretation, LocalDate today) {
        this.calendar = calendar;
        this.interpretation = interpretation;
        this.today = today;
    }

    /** Adds the offer deadlines to {@code out} and returns the most favourable one (or {@code null}). */
    Deadline addAll(ClaimFacts f, List<Deadline> out) {
        LocalDate accident = f.accidentDate();
        Adjustment lateNotice = SuspensionCalculator.lateNotice(accident, f.insurerNoticeDate(), calendar);
        SuspensionCalculator.QuestionnaireOutcome first =
                questionnaire(f.questionnaire(), f, AdjustmentRule.QUESTIONNAIRE_NOT_ANSWERED);
        SuspensionCalculator.QuestionnaireOutcome post = questionnaire(
                f.postConsolidationQuestionnaire(), f, AdjustmentRule.POST_CONSOLIDATION_QUESTIONNAIRE_NOT_ANSWERED);
        List<Adjustment> offerExtensions = new ArrayList<>(3);
        if (f.courtExpertOnInsurerRequest()) {
            offerExtensions.add(Adjustment.months(AdjustmentRule.COURT_EXPERT_ON_INSURER_REQUEST, 1)); // R211-34
        }
        if (f.victimOverseasOrAbroad()) {
            offerExtensions.add(Adjustment.months(AdjustmentRule.VICTIM_OVERSEAS_OR_ABROAD, 1)); // R211-35 al.1
        }
        Adjustment payerAbroad = f.thirdPartyPayerOverseasOrAbroad()
                ? Adjustment.months(AdjustmentRule.THIRD_PARTY_PAYER_OVERSEAS_OR_ABROAD, 1) // R211-35 al.2
                : null;
        List<Deadline> offers = new ArrayList<>(4);

        Deadline eightMonths = null;
        // L211-22: with no insurer (R421-12 cases) the L211-9 deadlines run against the fund from the day it holds
        // what justifies its intervention, not from the accident.
        if (accident != null && !f.responsible().fund()) {
            List<Adjustment> suspensions = nonNull(lateNotice, first.suspension());
            Set<DeadlineNote> notes = EnumSet.noneOf(DeadlineNote.class);
            notes.addAll(first.notes());
            notes.add(
                    consolidationKnownInTime(accident, f.consolidationKnownDate())
                            ? DeadlineNote.OFFER_MUST_BE_DEFINITIVE
                            : DeadlineNote.OFFER_MAY_BE_PROVISIONAL);
            Adjustment death = deathExtension(accident, f.deathDate());
            if (f.deathDate() != null) {
                notes.add(DeadlineNote.OFFER_TO_HEIRS);
            }
            // R211-29/R211-31 name "the first paragraph of L211-9", the 8-month rule when written
            // (docs/legal-notes.md).
            List<AppliedInterpretation> reading = suspensions.isEmpty()
                    ? List.of()
                    : List.of(interpretation.applied(InterpretationPoint.R211_SUSPENSIONS_ON_THREE_MONTH_OFFER));
            eightMonths = build(
                    DeadlineCode.OFFER_8M,
                    EventType.ACCIDENT,
                    accident,
                    plus(offerExtensions, payerAbroad),
                    death,
                    suspensions,
                    reading,
                    notes);
            offers.add(eightMonths);
        }

        if (f.compensationRequestDate() != null) {
            // L211-9 al.1: an offer only if liability is not contested and the damage fully quantified.
            DeadlineCode code = !f.liabilityContested() && f.damageFullyQuantified()
                    ? DeadlineCode.OFFER_3M
                    : DeadlineCode.REASONED_REPLY_3M;
            boolean alsoR211 = interpretation.r211SuspensionsApplyToThreeMonthOffer();
            List<Adjustment> disputed = nonNull(lateNotice, first.suspension());
            boolean touched = !disputed.isEmpty()
                    || !offerExtensions.isEmpty()
                    || !first.notes().isEmpty();
            List<AppliedInterpretation> reading = touched
                    ? List.of(interpretation.applied(InterpretationPoint.R211_SUSPENSIONS_ON_THREE_MONTH_OFFER))
                    : List.of();
            Set<DeadlineNote> notes = alsoR211 ? first.notes() : Set.of();
            Deadline threeMonths = build(
                    code,
                    EventType.COMPENSATION_REQUEST,
                    f.compensationRequestDate(),
                    alsoR211 ? plus(offerExtensions, payerAbroad) : nonNull(payerAbroad),
                    null,
                    alsoR211 ? disputed : List.of(),
                    reading,
                    notes);
            if (code == DeadlineCode.OFFER_3M) {
                offers.add(threeMonths);
            } else {
                out.add(threeMonths);
            }
        }

        LocalDate known = f.consolidationKnownDate();
        if (known != null && !consolidationKnownInTime(accident, known)) {
            // L211-9 al.3: definitive offer 5 months after the insurer learned of the consolidation.
            Set<DeadlineNote> notes = EnumSet.noneOf(DeadlineNote.class);
            notes.addAll(post.notes());
            if (accident == null) {
                notes.add(DeadlineNote.CONDITIONAL_ON_LATE_CONSOLIDATION_NOTICE);
            }
            offers.add(build(
                    DeadlineCode.OFFER_DEFINITIVE_5M,
                    EventType.CONSOLIDATION_KNOWN,
                    known,
                    plus(offerExtensions, payerAbroad),
                    null,
                    nonNull(post.suspension()),
                    List.of(),
                    notes));
        }

        if (interpretation.offerDeadlinesApplyToAggravation()) {
            for (Aggravation a : f.aggravations()) {
                if (a.insurerInformedDate() != null) {
                    offers.add(build(
                            DeadlineCode.AGGRAVATION_OFFER_5M,
                            EventType.AGGRAVATION_CONSOLIDATION_KNOWN,
                            a.insurerInformedDate(),
                            nonNull(payerAbroad),
                            null,
                            List.of(),
                            List.of(interpretation.applied(InterpretationPoint.OFFER_DEADLINES_FOR_AGGRAVATION)),
                            Set.of()));
                }
            }
        }
        return report(offers, out);
    }

    /**
     * L211-9 al.4: the deadline most favourable to the victim (the earliest) applies; D14: the 8-month and 5-month
     * deadlines are cumulative, each must be met.
     */
    private static Deadline report(List<Deadline> offers, List<Deadline> out) {
        Deadline earliest = null;
        for (Deadline d : offers) {
            if (d.code().isOfferDeadline() && (earliest == null || d.dueDate().isBefore(earliest.dueDate()))) {
                earliest = d;
            }
        }
        boolean cumulative = offers.stream().anyMatch(d -> d.code() == DeadlineCode.OFFER_8M)
                && offers.stream().anyMatch(d -> d.code() == DeadlineCode.OFFER_DEFINITIVE_5M);
        Deadline mostFavourable = null;
        for (Deadline d : offers) {
            Deadline marked = d;
            if (earliest != null && d.code().isOfferDeadline() && d.dueDate().equals(earliest.dueDate())) {
                marked = marked.withNote(DeadlineNote.MOST_FAVOURABLE_TO_VICTIM);
                if (mostFavourable == null) {
                    mostFavourable = marked;
                }
            }
            if (cumulative && (d.code() == DeadlineCode.OFFER_8M || d.code() == DeadlineCode.OFFER_DEFINITIVE_5M)) {
                marked = marked.withNote(DeadlineNote.CUMULATIVE_WITH_OTHER_OFFER_DEADLINE);
            }
            out.add(marked);
        }
        return mostFavourable;
    }

    /**
     * CPC 641 months first (base period plus month extensions), then R211-30 days, then the suspensions, then the
     * CPC 642 roll-forward.
     */
    private Deadline build(
            DeadlineCode code,
            EventType event,
            LocalDate trigger,
            List<Adjustment> extensions,
            Adjustment death,
            List<Adjustment> suspensions,
            List<AppliedInterpretation> reading,
            Set<DeadlineNote> notes) {
        long months = code.basePeriod().toTotalMonths();
        for (Adjustment e : extensions) {
            months += e.months();
        }
        LocalDate end = calendar.endOfMonths(trigger, months);
        List<Adjustment> applied = new ArrayList<>(extensions);
        if (death != null) {
            end = end.plusDays(death.daysAdded());
            applied.add(death);
        }
        SuspensionCalculator.Applied s = SuspensionCalculator.apply(trigger, end, suspensions, today);
        applied.addAll(s.adjustments());
        Set<DeadlineNote> allNotes = EnumSet.noneOf(DeadlineNote.class);
        allNotes.addAll(notes);
        if (s.ongoing()) {
            allNotes.add(DeadlineNote.SUSPENSION_ONGOING);
        }
        return Deadline.of(code, event, trigger, calendar.roll(s.end()), applied, reading, allNotes);
    }

    /** R211-30: death more than a month after the accident extends by (death − accident − 1 month). */
    private static Adjustment deathExtension(LocalDate accident, LocalDate death) {
        // "Plus d'un mois" is a length of time, not a period to act in: counted without the CPC 642 roll.
        LocalDate oneMonth = accident.plusMonths(1);
        if (death == null || !death.isAfter(oneMonth)) {
            return null;
        }
        return new Adjustment(
                AdjustmentRule.DEATH_OF_VICTIM, oneMonth, death, 0, ChronoUnit.DAYS.between(oneMonth, death), false);
    }

    /**
     * L211-9 al.3: was the insurer informed of consolidation "within three months of the accident"? Counted like the
     * section's other periods (R211-36, CPC 642), which also favours the victim (the 8-month offer must then be
     * definitive). Unknown accident date: assume not, so the 5-month deadline is shown, flagged as conditional.
     */
    private boolean consolidationKnownInTime(LocalDate accident, LocalDate known) {
        return accident != null
                && known != null
                && !known.isAfter(calendar.due(accident, Period.ofMonths(3)).effective());
    }

    private SuspensionCalculator.QuestionnaireOutcome questionnaire(
            Questionnaire q, ClaimFacts f, AdjustmentRule rule) {
        if (q == null || q.presented() == null) {
            return SuspensionCalculator.QuestionnaireOutcome.NONE;
        }
        LocalDate answerDue = ProcedureDeadlines.answerDue(calendar, q.presented(), f.victimOverseasOrAbroad())
                .effective();
        return SuspensionCalculator.questionnaire(q, answerDue, rule, calendar, today);
    }

    private static List<Adjustment> plus(List<Adjustment> list, Adjustment extra) {
        if (extra == null) {
            return list;
        }
        List<Adjustment> all = new ArrayList<>(list);
        all.add(extra);
        return all;
    }

    private static List<Adjustment> nonNull(Adjustment... adjustments) {
        List<Adjustment> list = new ArrayList<>(adjustments.length);
        for (Adjustment a : adjustments) {
            if (a != null) {
                list.add(a);
            }
        }
        return list;
    }
}
