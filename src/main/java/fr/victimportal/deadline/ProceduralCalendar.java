package fr.victimportal.deadline;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Counting of periods under CPC 641 and 642, which R211-36 makes the rule for every deadline of the offer procedure.
 * Immutable and thread-safe; one instance per holiday region.
 */
public final class ProceduralCalendar {

    private static final ProceduralCalendar METROPOLITAN = new ProceduralCalendar(CalendarRegion.METROPOLITAN);
    private static final ProceduralCalendar ALSACE_MOSELLE = new ProceduralCalendar(CalendarRegion.ALSACE_MOSELLE);

    private final FrenchPublicHolidays holidays;

    private ProceduralCalendar(CalendarRegion region) {
        this.holidays = FrenchPublicHolidays.of(region);
    }

    public static ProceduralCalendar of(CalendarRegion region) {
        return Objects.requireNonNull(region, "region") == CalendarRegion.ALSACE_MOSELLE
                ? ALSACE_MOSELLE
                : METROPOLITAN;
    }

    public CalendarRegion region() {
        return holidays.region();
    }

    public FrenchPublicHolidays holidays() {
        return holidays;
    }

    /** CPC 641 al.1: the day of the triggering event is not counted, so n days end on event + n. */
    public LocalDate endOfDays(LocalDate event, long days) {
        requireNonNegative(days);
        return event.plusDays(days);
    }

    /** Weeks are seven-day blocks under CPC 641 al.1, so they end on the same weekday as the event. */
    public LocalDate endOfWeeks(LocalDate event, long weeks) {
        requireNonNegative(weeks);
        return event.plusWeeks(weeks);
    }

    /** CPC 641 al.2: same day number in the final month, or that month's last day (31 Aug + 8 months = 30 Apr). */
    public LocalDate endOfMonths(LocalDate event, long months) {
        requireNonNegative(months);
        return event.plusMonths(months);
    }

    /** CPC 641 al.2 applied to years (29 Feb + 1 year = 28 Feb). */
    public LocalDate endOfYears(LocalDate event, long years) {
        requireNonNegative(years);
        return event.plusMonths(Math.multiplyExact(years, 12L));
    }

    /** CPC 641 al.3: months first, then days (30 Jan 2023 + 1 month 2 days = 28 Feb + 2 = 2 Mar, not 1 Mar). */
    public LocalDate endOfMonthsAndDays(LocalDate event, long months, long days) {
        return endOfDays(endOfMonths(event, months), days);
    }

    /** The CPC 641 end of a period given as years, months and days (years and months first, then days). */
    public LocalDate nominalEnd(LocalDate event, Period period) {
        if (period.isNegative()) {
            throw new IllegalArgumentException("negative period: " + period);
        }
        return endOfMonthsAndDays(event, period.toTotalMonths(), period.getDays());
    }

    /** CPC 641 then CPC 642: the period's last day, moved to the next working day when needed. */
    public DueDate due(LocalDate event, Period period) {
        return roll(nominalEnd(event, period));
    }

    /**
     * CPC 642 al.2: a period that would end on a Saturday, Sunday or public holiday is extended to the first working
     * day after it.
     */
    public DueDate roll(LocalDate nominal) {
        NonWorkingDay first = nonWorkingDayOrNull(nominal);
        if (first == null) {
            return new DueDate(nominal, nominal, List.of());
        }
        List<NonWorkingDay> skipped = new ArrayList<>(4);
        skipped.add(first);
        LocalDate day = nominal.plusDays(1);
        for (NonWorkingDay next = nonWorkingDayOrNull(day); next != null; next = nonWorkingDayOrNull(day)) {
            skipped.add(next);
            day = day.plusDays(1);
        }
        return new DueDate(nominal, day, skipped);
    }

    public boolean isWorkingDay(LocalDate date) {
        return !FrenchPublicHolidays.isWeekend(date) && holidays.holidayOrNull(date) == null;
    }

    /** The next working day on or after the date. */
    public LocalDate nextWorkingDay(LocalDate date) {
        LocalDate day = date;
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    private NonWorkingDay nonWorkingDayOrNull(LocalDate date) {
        Holiday holiday = holidays.holidayOrNull(date);
        if (holiday != null) {
            return new NonWorkingDay(date, ShiftReason.PUBLIC_HOLIDAY, holiday);
        }
        return switch (date.getDayOfWeek()) {
            case SATURDAY -> new NonWorkingDay(date, ShiftReason.SATURDAY, null);
            case SUNDAY -> new NonWorkingDay(date, ShiftReason.SUNDAY, null);
            default -> null;
        };
    }

    private static void requireNonNegative(long amount) {
        if (amount < 0) {
            throw new IllegalArgumentException("negative period: " + amount);
        }
    }
}
