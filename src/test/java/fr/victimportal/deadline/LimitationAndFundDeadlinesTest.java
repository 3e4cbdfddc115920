package fr.victimportal.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Limitation (C. civ. 2226, 2229) and the guarantee fund's foreclosures (R421-12) are outside
 * R211-36, so CPC 642 does not move them: the date to act is the nominal date (prudent reading, docs/legal-notes.md), the
 * other reading one switch away.
 */
class LimitationAndFundDeadlinesTest {

    private final DeadlineEngine engine = new DeadlineEngine();
    private final DeadlineEngine rolling =
            new DeadlineEngine(Interpretation.DOMAIN_DEFAULT.withLimitationRolledToWorkingDay(true));

    private static ClaimFacts responsible(Responsible r) {
        return ClaimFacts.builder().responsible(r).build();
    }

    @ParameterizedTest(name = "{0} {1} {2} -> {3} nominal {4}, due {5} (rolled reading {6})")
    @CsvSource({
        // event, date, responsible, code, nominal, due (prudent default), due under the other reading
        // consolidation Mon 29 Feb 2016 + 10 years = Sat 28 Feb 2026 (was rolled to Mon 2 Mar 2026)
        "CONSOLIDATION, 2016-02-29, INSURED, LIMITATION, 2026-02-28, 2026-02-28, 2026-03-02",
        // Sun 1 Nov 2020 + 10 years = Fri 1 Nov 2030, All Saints' Day
        "CONSOLIDATION, 2020-11-01, INSURED, LIMITATION, 2030-11-01, 2030-11-01, 2030-11-04",
        // a working day: both readings agree
        "CONSOLIDATION, 2024-02-29, INSURED, LIMITATION, 2034-02-28, 2034-02-28, 2034-02-28",
        // aggravation: Tue 29 Feb 2028 + 10 years = Sun 28 Feb 2038
        "AGGRAVATION_CONSOLIDATION, 2028-02-29, INSURED, AGGRAVATION_LIMITATION, 2038-02-28, 2038-02-28, 2038-03-01",
        // responsible unknown: Sat 4 Mar 2023 + 3 years = Wed 4 Mar 2026; + 5 years = Sat 4 Mar 2028
        "ACCIDENT, 2023-03-04, UNKNOWN, FGAO_REQUEST, 2026-03-04, 2026-03-04, 2026-03-04",
        "ACCIDENT, 2023-03-04, UNKNOWN, FGAO_AGREEMENT_OR_ACTION, 2028-03-04, 2028-03-04, 2028-03-06",
        // known but uninsured: 5 years from the accident, Sat 4 Jul 2026
        "ACCIDENT, 2021-07-04, UNINSURED, FGAO_AGREEMENT_OR_ACTION, 2026-07-04, 2026-07-04, 2026-07-06",
        // transaction with the uninsured responsible Sat 3 Jul 2027 ... + 1 year = Mon 3 Jul 2028
        "SETTLEMENT, 2026-07-03, UNINSURED, FGAO_REQUEST, 2027-07-03, 2027-07-03, 2027-07-05",
        // final judgment Tue 1 May 2028 + 1 year = Tue 1 May 2029, Labour Day
        "FINAL_JUDGMENT, 2028-05-01, UNINSURED, FGAO_REQUEST, 2029-05-01, 2029-05-01, 2029-05-02"
    })
    void theDateToActIsTheNominalDate(
            EventType event,
            LocalDate date,
            Responsible who,
            DeadlineCode code,
            LocalDate nominal,
            LocalDate due,
            LocalDate dueUnderOtherReading) {
        Deadline d = only(engine.forEvent(event, date, responsible(who), null), code);
        assertThat(d.nominalDate()).isEqualTo(nominal);
        assertThat(d.dueDate()).isEqualTo(due);
        assertThat(d.shifted()).isFalse();
        boolean nonWorking = !ProceduralCalendar.of(CalendarRegion.METROPOLITAN).isWorkingDay(nominal);
        if (nonWorking) {
            assertThat(d.notes()).contains(DeadlineNote.ACT_BEFORE_NOMINAL_DATE);
            assertThat(d.interpretations())
                    .contains(new AppliedInterpretation(InterpretationPoint.LIMITATION_ON_NON_WORKING_DAY, false));
        } else {
            assertThat(d.notes()).doesNotContain(DeadlineNote.ACT_BEFORE_NOMINAL_DATE);
        }
        Deadline other = only(rolling.forEvent(event, date, responsible(who), null), code);
        assertThat(other.nominalDate()).isEqualTo(nominal);
        assertThat(other.dueDate()).isEqualTo(dueUnderOtherReading);
        if (nonWorking) {
            assertThat(other.interpretations())
                    .contains(new AppliedInterpretation(InterpretationPoint.LIMITATION_ON_NON_WORKING_DAY, true));
        }
    }

    @Test
    void anUnknownResponsibleGivesBothFundPeriodsAndNoInsurerDeadline() {
        List<Deadline> d =
                engine.forEvent(EventType.ACCIDENT, LocalDate.of(2023, 3, 4), responsible(Responsible.UNKNOWN), null);
        assertThat(d)
                .extracting(Deadline::code)
                .containsExactly(DeadlineCode.FGAO_REQUEST, DeadlineCode.FGAO_AGREEMENT_OR_ACTION);
        assertThat(d.get(0).period()).isEqualTo(Period.ofYears(3));
        assertThat(d.get(1).period()).isEqualTo(Period.ofYears(5));
        assertThat(d).allSatisfy(x -> {
            assertThat(x.legalBasis()).contains("R421-12");
            assertThat(x.actor()).isEqualTo(Actor.VICTIM);
            assertThat(x.notes()).contains(DeadlineNote.FROM_KNOWLEDGE_OF_DAMAGE, DeadlineNote.RESPONSIBLE_UNKNOWN);
        });
    }

    @Test
    void anUninsuredResponsibleGivesTheFiveYearsAfterTheAccidentAndOneYearAfterTheTransactionOrJudgment() {
        ClaimFacts uninsured = responsible(Responsible.UNINSURED);
        assertThat(engine.forEvent(EventType.ACCIDENT, LocalDate.of(2021, 7, 4), uninsured, null))
                .extracting(Deadline::code)
                .containsExactly(DeadlineCode.FGAO_AGREEMENT_OR_ACTION);
        for (EventType event : List.of(EventType.SETTLEMENT, EventType.FINAL_JUDGMENT)) {
            assertThat(engine.forEvent(event, LocalDate.of(2026, 7, 3), uninsured, null))
                    .singleElement()
                    .satisfies(x -> {
                        assertThat(x.code()).isEqualTo(DeadlineCode.FGAO_REQUEST);
                        assertThat(x.period()).isEqualTo(Period.ofYears(1));
                        assertThat(x.triggerEvent()).isEqualTo(event);
                        assertThat(x.notes()).contains(DeadlineNote.RESPONSIBLE_UNINSURED);
                    });
        }
    }

    @Test
    void anInsuredResponsibleKeepsTheInsurerDeadlinesAndNoFundPeriod() {
        assertThat(engine.forEvent(EventType.ACCIDENT, LocalDate.of(2023, 3, 4)))
                .extracting(Deadline::code)
                .containsExactly(DeadlineCode.INSURER_NOTICE, DeadlineCode.OFFER_8M);
        assertThat(engine.forEvent(EventType.SETTLEMENT, LocalDate.of(2026, 7, 3)))
                .extracting(Deadline::code)
                .containsExactly(DeadlineCode.WITHDRAWAL, DeadlineCode.PAYMENT);
        assertThatThrownBy(() -> engine.forEvent(EventType.FINAL_JUDGMENT, LocalDate.of(2026, 7, 3)))
                .isInstanceOfSatisfying(
                        DeadlineInputException.class, e -> assertThat(e.field()).isEqualTo("responsible"));
    }

    @Test
    void aClaimWithAnUnknownResponsibleCarriesTheFundPeriodsNotTheInsurersOffer() {
        ClaimFacts facts = ClaimFacts.builder()
                .accidentDate(LocalDate.of(2023, 3, 4))
                .consolidationDate(LocalDate.of(2024, 1, 10))
                .responsible(Responsible.UNKNOWN)
                .build();
        DeadlineSchedule s = engine.computeAll(facts, null);
        assertThat(s.find(DeadlineCode.FGAO_REQUEST)).isPresent();
        assertThat(s.find(DeadlineCode.FGAO_AGREEMENT_OR_ACTION)).isPresent();
        assertThat(s.find(DeadlineCode.OFFER_8M)).isEmpty();
        assertThat(s.find(DeadlineCode.INSURER_NOTICE)).isEmpty();
        assertThat(s.find(DeadlineCode.LIMITATION)).isPresent();
    }

    @Test
    void theEighteenArgumentConstructorMeansAnInsuredResponsible() {
        ClaimFacts f = new ClaimFacts(
                LocalDate.of(2023, 3, 4),
                null,
                null,
                false,
                false,
                null,
                null,
                null,
                null,
                null,
                null,
                false,
                false,
                false,
                null,
                null,
                List.of(),
                false);
        assertThat(f.responsible()).isEqualTo(Responsible.INSURED);
        assertThat(f.toBuilder().build()).isEqualTo(f);
    }

    private static Deadline only(List<Deadline> deadlines, DeadlineCode code) {
        return deadlines.stream().filter(d -> d.code() == code).findFirst().orElseThrow();
    }
}
