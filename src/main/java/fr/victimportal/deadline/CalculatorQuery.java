package fr.victimportal.deadline;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A question to the public deadline calculator: one event, its date, and the few facts that change the answer.
 * Shared by the "Calculer mes délais" page and the JSON API so both answer alike.
 *
 * @param accidentDate only used with {@link EventType#CONSOLIDATION_KNOWN}: the 5-month definitive offer applies
 *                     only when the insurer learned of consolidation more than 3 months after the accident
 *                     (L211-9 al. 3)
 * @param responsible  who answers for the accident ({@code null} = {@link Responsible#INSURED}): with
 *                     {@link Responsible#UNKNOWN} or {@link Responsible#UNINSURED} the accident starts the guarantee
 *                     fund's R421-12 periods instead of the insurer's; with {@code UNINSURED} a settlement (a
 *                     transaction with the person responsible) or a {@link EventType#FINAL_JUDGMENT} starts the
 *                     1-year request to the fund
 */
public record CalculatorQuery(
        EventType event,
        LocalDate date,
        LocalDate accidentDate,
        boolean victimOverseasOrAbroad,
        boolean thirdPartyPayerOverseasOrAbroad,
        boolean liabilityContested,
        boolean damageFullyQuantified,
        boolean alsaceMoselle,
        Responsible responsible) {

    /** The events the calculator answers for, in the order of the procedure. */
    public static final Set<EventType> EVENTS = EnumSet.of(
            EventType.ACCIDENT,
            EventType.COMPENSATION_REQUEST,
            EventType.QUESTIONNAIRE_PRESENTED,
            EventType.POST_CONSOLIDATION_QUESTIONNAIRE_PRESENTED,
            EventType.EXAMINATION,
            EventType.CONSOLIDATION,
            EventType.CONSOLIDATION_KNOWN,
            EventType.SETTLEMENT,
            EventType.AGGRAVATION_CONSOLIDATION,
            EventType.FINAL_JUDGMENT);

    public CalculatorQuery {
        if (responsible == null) {
            responsible = Responsible.INSURED;
        }
    }

    /** A question where an insurer answers for the accident. */
    public CalculatorQuery(
            EventType event,
            LocalDate date,
            LocalDate accidentDate,
            boolean victimOverseasOrAbroad,
            boolean thirdPartyPayerOverseasOrAbroad,
            boolean liabilityContested,
            boolean damageFullyQuantified,
            boolean alsaceMoselle) {
        this(
                event,
                date,
                accidentDate,
                victimOverseasOrAbroad,
                thirdPartyPayerOverseasOrAbroad,
                liabilityContested,
                damageFullyQuantified,
                alsaceMoselle,
                Responsible.INSURED);
    }

    public static CalculatorQuery of(EventType event, LocalDate date) {
        return new CalculatorQuery(event, date, null, false, false, false, true, false);
    }

    /** The deadlines this event starts, in date order. */
    public List<Deadline> answer(DeadlineEngine engine, LocalDate today) {
        if (event == null || !EVENTS.contains(event)) {
            throw new DeadlineInputException("event", "deadline.error.unsupportedEvent", event);
        }
        if (accidentDate != null
                && date != null
                && event == EventType.CONSOLIDATION_KNOWN
                && accidentDate.isAfter(date)) {
            throw new DeadlineInputException("accidentDate", "deadline.error.notAfter", "date", accidentDate, date);
        }
        ClaimFacts context = ClaimFacts.builder()
                .accidentDate(event == EventType.CONSOLIDATION_KNOWN ? accidentDate : null)
                .victimOverseasOrAbroad(victimOverseasOrAbroad)
                .thirdPartyPayerOverseasOrAbroad(thirdPartyPayerOverseasOrAbroad)
                .liabilityContested(liabilityContested)
                .damageFullyQuantified(damageFullyQuantified)
                .alsaceMoselle(alsaceMoselle)
                .responsible(responsible)
                .build();
        return engine.forEvent(event, date, context, today).stream()
                .sorted(Comparator.comparing(Deadline::dueDate))
                .toList();
    }
}
