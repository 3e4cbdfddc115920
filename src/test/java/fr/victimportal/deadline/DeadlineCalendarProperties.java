package fr.victimportal.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class DeadlineCalendarProperties {

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.integers()
                .between(0, 200 * 366)
                .map(offset -> LocalDate.of(1950, 1, 1).plusDays(offset));
    }

    @Provide
    Arbitrary<Period> periods() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(0, 400).map(Period::ofDays),
                Arbitraries.integers().between(1, 12).map(Period::ofWeeks),
                Arbitraries.integers().between(1, 24).map(Period::ofMonths),
                Arbitraries.integers().between(1, 20).map(Period::ofYears),
                Arbitraries.integers()
                        .between(1, 12)
                        .flatMap(m -> Arbitraries.integers().between(1, 60).map(d -> Period.of(0, m, d))));
    }

    @Property(tries = 3000)
    void dueDateIsNeverBeforeNominalAndIsAWorkingDay(
            @ForAll("dates") LocalDate event, @ForAll("periods") Period period, @ForAll CalendarRegion region) {
        ProceduralCalendar calendar = ProceduralCalendar.of(region);
        DueDate due = calendar.due(event, period);

        assertThat(due.effective()).isAfterOrEqualTo(due.nominal());
        assertThat(due.effective().getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(FrenchPublicHolidays.of(region).holidayOn(due.effective())).isEmpty();
        // every day strictly between nominal and effective was skipped for a reason
        assertThat(due.skippedDays())
                .hasSize((int) (due.effective().toEpochDay() - due.nominal().toEpochDay()));
    }

    /** CPC 641 restated independently: whole months land on the same day number, or the target month's last day. */
    @Property(tries = 3000)
    void nominalDateIsNeverEarlierThanEventPlusPeriod(
            @ForAll("dates") LocalDate event,
            @ForAll @IntRange(min = 0, max = 240) int months,
            @ForAll @IntRange(min = 0, max = 60) int days) {
        LocalDate nominal =
                ProceduralCalendar.of(CalendarRegion.METROPOLITAN).nominalEnd(event, Period.of(0, months, days));

        YearMonth target = YearMonth.from(event).plusMonths(months);
        LocalDate afterMonths = target.atDay(Math.min(event.getDayOfMonth(), target.lengthOfMonth()));
        assertThat(nominal).isEqualTo(afterMonths.plusDays(days));
        assertThat(nominal.toEpochDay() - event.toEpochDay()).isGreaterThanOrEqualTo(28L * months + days);
    }

    /**
     * On generated claims, under every combination of the interpretation switches: extensions and suspensions only
     * ever push a deadline later, and CPC 642 only forward; a limitation or foreclosure period ends on its nominal
     * date under the prudent reading (docs/legal-notes.md), on a working day under the other.
     */
    @Property(tries = 2000)
    void engineDeadlinesRespectTheCountingRules(
            @ForAll long seed,
            @ForAll boolean threeMonths,
            @ForAll boolean aggravation,
            @ForAll boolean clearDays,
            @ForAll boolean limitationRolled) {
        Random random = new Random(seed);
        ClaimFacts facts = ClaimFactsGenerator.random(random);
        DeadlineEngine engine =
                new DeadlineEngine(new Interpretation(threeMonths, aggravation, clearDays, limitationRolled));
        DeadlineSchedule schedule = engine.computeAll(facts, ClaimFactsGenerator.today(random, facts));
        ProceduralCalendar calendar = ProceduralCalendar.of(facts.region());

        for (Deadline d : schedule.deadlines()) {
            if (d.code().countedBackwards()) {
                assertThat(d.dueDate()).isBefore(d.triggerDate());
                continue;
            }
            Period base = d.period();
            LocalDate plain = d.triggerDate().plusMonths(base.toTotalMonths()).plusDays(base.getDays());
            assertThat(d.nominalDate()).as(d.code().name()).isAfterOrEqualTo(plain);
            assertThat(d.dueDate()).isAfterOrEqualTo(d.nominalDate());
            if (d.code().limitationOrForeclosure() && !limitationRolled) {
                assertThat(d.dueDate()).as(d.code() + " nominal").isEqualTo(d.nominalDate());
                continue;
            }
            assertThat(calendar.isWorkingDay(d.dueDate()))
                    .as(d.code() + " due " + d.dueDate())
                    .isTrue();
        }
        assertThat(schedule.deadlines())
                .isSortedAccordingTo((a, b) -> a.dueDate().compareTo(b.dueDate()));
    }

    @Property(tries = 1000)
    void movingFeastsFallOnTheRightWeekdays(@ForAll @IntRange(min = 1583, max = 4099) int year) {
        LocalDate easter = FrenchPublicHolidays.easterSunday(year);

        assertThat(easter).isEqualTo(oudinEaster(year));
        assertThat(easter.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(easter).isBetween(LocalDate.of(year, 3, 22), LocalDate.of(year, 4, 25));
        FrenchPublicHolidays holidays = FrenchPublicHolidays.of(CalendarRegion.METROPOLITAN);
        assertThat(holidays.holidayOn(easter.plusDays(1))).contains(Holiday.EASTER_MONDAY);
        assertThat(holidays.holidayOn(easter.plusDays(39)).orElseThrow().name())
                .isIn(Holiday.ASCENSION_DAY.name(), Holiday.LABOUR_DAY.name(), Holiday.VICTORY_IN_EUROPE_DAY.name());
        assertThat(holidays.holidayOn(easter.plusDays(50))).contains(Holiday.WHIT_MONDAY);
        assertThat(holidays.holidayOn(easter.minusDays(2))).isEmpty();
        assertThat(FrenchPublicHolidays.of(CalendarRegion.ALSACE_MOSELLE).holidayOn(easter.minusDays(2)))
                .contains(Holiday.GOOD_FRIDAY);
    }

    @Property(tries = 300)
    void everyListedHolidayIsFoundByDate(
            @ForAll @IntRange(min = 1900, max = 2400) int year, @ForAll CalendarRegion region) {
        FrenchPublicHolidays holidays = FrenchPublicHolidays.of(region);
        List<FrenchPublicHolidays.PublicHoliday> list = holidays.holidaysIn(year);

        assertThat(list).hasSize(region == CalendarRegion.ALSACE_MOSELLE ? 13 : 11);
        list.forEach(h -> assertThat(holidays.isHoliday(h.date())).isTrue());
        long found = LocalDate.of(year, 1, 1)
                .datesUntil(LocalDate.of(year + 1, 1, 1))
                .filter(holidays::isHoliday)
                .count();
        assertThat(found)
                .isEqualTo(list.stream()
                        .map(FrenchPublicHolidays.PublicHoliday::date)
                        .distinct()
                        .count());
    }

    // Known lists, checked against python dateutil.easter and the official calendars published for these years.

    @Example
    void holidays2024() {
        assertThat(dates(2024, CalendarRegion.METROPOLITAN))
                .containsExactly(
                        "2024-01-01",
                        "2024-04-01",
                        "2024-05-01",
                        "2024-05-08",
                        "2024-05-09",
                        "2024-05-20",
                        "2024-07-14",
                        "2024-08-15",
                        "2024-11-01",
                        "2024-11-11",
                        "2024-12-25");
    }

    @Example
    void holidays2025() {
        assertThat(dates(2025, CalendarRegion.METROPOLITAN))
                .containsExactly(
                        "2025-01-01",
                        "2025-04-21",
                        "2025-05-01",
                        "2025-05-08",
                        "2025-05-29",
                        "2025-06-09",
                        "2025-07-14",
                        "2025-08-15",
                        "2025-11-01",
                        "2025-11-11",
                        "2025-12-25");
    }

    @Example
    void holidays2026AlsaceMoselle() {
        assertThat(dates(2026, CalendarRegion.ALSACE_MOSELLE))
                .containsExactly(
                        "2026-01-01",
                        "2026-04-03",
                        "2026-04-06",
                        "2026-05-01",
                        "2026-05-08",
                        "2026-05-14",
                        "2026-05-25",
                        "2026-07-14",
                        "2026-08-15",
                        "2026-11-01",
                        "2026-11-11",
                        "2026-12-25",
                        "2026-12-26");
    }

    @Example
    void holidays2027() {
        // Easter 28 March 2027: Ascension (6 May) comes before 8 May.
        assertThat(dates(2027, CalendarRegion.METROPOLITAN))
                .containsExactly(
                        "2027-01-01",
                        "2027-03-29",
                        "2027-05-01",
                        "2027-05-06",
                        "2027-05-08",
                        "2027-05-17",
                        "2027-07-14",
                        "2027-08-15",
                        "2027-11-01",
                        "2027-11-11",
                        "2027-12-25");
    }

    @Example
    void easterSundays() {
        assertThat(FrenchPublicHolidays.easterSunday(2024)).isEqualTo("2024-03-31");
        assertThat(FrenchPublicHolidays.easterSunday(2025)).isEqualTo("2025-04-20");
        assertThat(FrenchPublicHolidays.easterSunday(2026)).isEqualTo("2026-04-05");
        assertThat(FrenchPublicHolidays.easterSunday(2027)).isEqualTo("2027-03-28");
        assertThat(FrenchPublicHolidays.easterSunday(2008)).isEqualTo("2008-03-23"); // Ascension = 1 May 2008
    }

    private static List<String> dates(int year, CalendarRegion region) {
        return FrenchPublicHolidays.of(region).holidaysIn(year).stream()
                .map(h -> h.date().toString())
                .toList();
    }

    /** Oudin's algorithm (1940), a second, independent formula for the Gregorian Easter. */
    private static LocalDate oudinEaster(int year) {
        int century = year / 100;
        int n = year - 19 * (year / 19);
        int k = (century - 17) / 25;
        int i = century - century / 4 - (century - k) / 3 + 19 * n + 15;
        i = i - 30 * (i / 30);
        i = i - (i / 28) * (1 - (i / 28) * (29 / (i + 1)) * ((21 - n) / 11));
        int j = year + year / 4 + i + 2 - century + century / 4;
        j = j - 7 * (j / 7);
        int l = i - j;
        int month = 3 + (l + 40) / 44;
        int day = l + 28 - 31 * (month / 4);
        return LocalDate.of(year, month, day);
    }
}
