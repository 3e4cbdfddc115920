package fr.victimportal.deadline;

import java.time.LocalDate;
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
 */
public record CalculatorQuery(EventType event, LocalDate date, LocalDate accidentDate, boolean victimOverseasOrAbroad,
        boolean thirdPartyPayerOverseasOrAbroad, boolean liabilityContested, boolean damageFullyQuantified,
        boolean alsaceMoselle) {

    /** The events the calculator answers for, in the order of the procedure. */
    public static final Set<EventType> EVENTS = EnumSet.of(EventType.ACCIDENT, EventType.COMPENSATION_REQUEST,
            EventType.QUESTIONNAIRE_PRESENTED, EventType.POST_CONSOLIDATION_QUESTIONNAIRE_PRESENTED,
            EventType.EXAMINATION, EventType.CONSOLIDATION, EventType.CONSOLIDATION_KNOWN, EventType.SETTLEMENT,
            EventType.AGGRAVATION_CONSOLIDATION);

    public static CalculatorQuery of(EventType event, LocalDate date) {
        return new CalculatorQuery(event, date, null, false, false, false, true, false);
    }

    /** The deadlines this event starts, in date order. */
    public List<Deadline> answer(DeadlineEngine engine, LocalDate today) {
        if (event == null || !EVENTS.contains(event)) {
            throw new DeadlineInputException("event", "deadline.error.unsupportedEvent", event);
        }
        if (accidentDate != null && date != null && event == EventType.CONSOLIDATION_KNOWN
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
                .build();
        return engine.forEvent(event, date, context, today).stream()
                .sorted(java.util.Comparator.comparing(Deadline::dueDate)).toList();
    }
}
