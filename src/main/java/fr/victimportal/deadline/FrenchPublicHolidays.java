package fr.victimportal.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * French public holidays for any Gregorian year, computed rather than listed so that a 10-year limitation period or
 * an aggravation decades later is still counted correctly. Immutable and thread-safe.
 *
 * <p>Alsace-Moselle: C. trav. L3134-13 grants Good Friday only in communes with a Protestant or mixed church; the
 * courts of the three départements treat it as non-working, so the regional calendar adds it everywhere there.
 */
public final class FrenchPublicHolidays {

    private static final int CACHE_FIRST_YEAR = 1900;
    private static final int CACHE_LAST_YEAR = 2299;
    /** Easter Sunday as day-of-year, cached because CPC 642 checks run millions of times in batch computations. */
    private static final short[] EASTER_DAY_OF_YEAR = new short[CACHE_LAST_YEAR - CACHE_FIRST_YEAR + 1];

    static {
        for (int year = CACHE_FIRST_YEAR; year <= CACHE_LAST_YEAR; year++) {
            EASTER_DAY_OF_YEAR[year - CACHE_FIRST_YEAR] =
                    (short) computeEasterSunday(year).getDayOfYear();
        }
    }

    private static final FrenchPublicHolidays METROPOLITAN = new FrenchPublicHolidays(CalendarRegion.METROPOLITAN);
    private static final FrenchPublicHolidays ALSACE_MOSELLE = new FrenchPublicHolidays(CalendarRegion.ALSACE_MOSELLE);

    private final CalendarRegion region;

    private FrenchPublicHolidays(CalendarRegion region) {
        this.region = region;
    }

    public static FrenchPublicHolidays of(CalendarRegion region) {
        return Objects.requireNonNull(region, "region") == CalendarRegion.ALSACE_MOSELLE
                ? ALSACE_MOSELLE
                : METROPOLITAN;
    }

    public CalendarRegion region() {
        return region;
    }

    /** Easter Sunday of a Gregorian year (anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
    public static LocalDate easterSunday(int year) {
        if (year >= CACHE_FIRST_YEAR && year <= CACHE_LAST_YEAR) {
            return LocalDate.ofYearDay(year, EASTER_DAY_OF_YEAR[year - CACHE_FIRST_YEAR]);
        }
        return computeEasterSunday(year);
    }

    private static LocalDate computeEasterSunday(int year) {
        if (year < 1583) {
            throw new IllegalArgumentException("Gregorian Easter is defined from 1583: " + year);
        }
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    private static int easterDayOfYear(int year) {
        if (year >= CACHE_FIRST_YEAR && year <= CACHE_LAST_YEAR) {
            return EASTER_DAY_OF_YEAR[year - CACHE_FIRST_YEAR];
        }
        return computeEasterSunday(year).getDayOfYear();
    }

    public Optional<Holiday> holidayOn(LocalDate date) {
        return Optional.ofNullable(holidayOrNull(date));
    }

    public boolean isHoliday(LocalDate date) {
        return holidayOrNull(date) != null;
    }

    /** Allocation-free lookup used on the hot path of {@link ProceduralCalendar}. */
    Holiday holidayOrNull(LocalDate date) {
        Holiday fixed = fixedHoliday(date.getMonth(), date.getDayOfMonth());
        if (fixed != null) {
            return fixed.alsaceMoselleOnly() && region != CalendarRegion.ALSACE_MOSELLE ? null : fixed;
        }
        Month month = date.getMonth();
        if (month.compareTo(Month.MARCH) < 0 || month.compareTo(Month.JUNE) > 0) {
            return null; // moving feasts run from Good Friday (20 March at the earliest) to Whit Monday (14 June)
        }
        int offset = date.getDayOfYear() - easterDayOfYear(date.getYear());
        return switch (offset) {
            case -2 -> region == CalendarRegion.ALSACE_MOSELLE ? Holiday.GOOD_FRIDAY : null;
            case 1 -> Holiday.EASTER_MONDAY;
            case 39 -> Holiday.ASCENSION_DAY;
            case 50 -> Holiday.WHIT_MONDAY;
            default -> null;
        };
    }

    private static Holiday fixedHoliday(Month month, int day) {
        return switch (month) {
            case JANUARY -> day == 1 ? Holiday.NEW_YEARS_DAY : null;
            case MAY -> day == 1 ? Holiday.LABOUR_DAY : day == 8 ? Holiday.VICTORY_IN_EUROPE_DAY : null;
            case JULY -> day == 14 ? Holiday.BASTILLE_DAY : null;
            case AUGUST -> day == 15 ? Holiday.ASSUMPTION_DAY : null;
            case NOVEMBER -> day == 1 ? Holiday.ALL_SAINTS_DAY : day == 11 ? Holiday.ARMISTICE_DAY : null;
            case DECEMBER -> day == 25 ? Holiday.CHRISTMAS_DAY : day == 26 ? Holiday.SAINT_STEPHENS_DAY : null;
            default -> null;
        };
    }

    /** Every public holiday of the year in this region, in date order. */
    public List<PublicHoliday> holidaysIn(int year) {
        LocalDate easter = easterSunday(year);
        List<PublicHoliday> all = new ArrayList<>(List.of(
                new PublicHoliday(LocalDate.of(year, 1, 1), Holiday.NEW_YEARS_DAY),
                new PublicHoliday(easter.minusDays(2), Holiday.GOOD_FRIDAY),
                new PublicHoliday(easter.plusDays(1), Holiday.EASTER_MONDAY),
                new PublicHoliday(LocalDate.of(year, 5, 1), Holiday.LABOUR_DAY),
                new PublicHoliday(LocalDate.of(year, 5, 8), Holiday.VICTORY_IN_EUROPE_DAY),
                new PublicHoliday(easter.plusDays(39), Holiday.ASCENSION_DAY),
                new PublicHoliday(easter.plusDays(50), Holiday.WHIT_MONDAY),
                new PublicHoliday(LocalDate.of(year, 7, 14), Holiday.BASTILLE_DAY),
                new PublicHoliday(LocalDate.of(year, 8, 15), Holiday.ASSUMPTION_DAY),
                new PublicHoliday(LocalDate.of(year, 11, 1), Holiday.ALL_SAINTS_DAY),
                new PublicHoliday(LocalDate.of(year, 11, 11), Holiday.ARMISTICE_DAY),
                new PublicHoliday(LocalDate.of(year, 12, 25), Holiday.CHRISTMAS_DAY),
                new PublicHoliday(LocalDate.of(year, 12, 26), Holiday.SAINT_STEPHENS_DAY)));
        if (region != CalendarRegion.ALSACE_MOSELLE) {
            all.removeIf(h -> h.holiday().alsaceMoselleOnly());
        }
        // Ascension can coincide with 1 or 8 May (e.g. 2008): keep both entries, the day is a holiday either way.
        all.sort((x, y) -> x.date().compareTo(y.date()));
        return List.copyOf(all);
    }

    /** True on Saturdays and Sundays, which CPC 642 names next to public holidays. */
    static boolean isWeekend(LocalDate date) {
        DayOfWeek dow = date.getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
    }

    /** One holiday on one date. */
    public record PublicHoliday(LocalDate date, Holiday holiday) {
        public PublicHoliday {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(holiday, "holiday");
        }
    }
}
