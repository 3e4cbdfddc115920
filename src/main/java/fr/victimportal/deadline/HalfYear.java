package fr.victimportal.deadline;

import java.time.LocalDate;

/**
 * A calendar half-year, the period for which one legal interest rate is set (C. monét. fin. L313-2).
 *
 * @param half 1 (January to June) or 2 (July to December)
 */
public record HalfYear(int year, int half) implements Comparable<HalfYear> {

    public HalfYear {
        if (half != 1 && half != 2) {
            throw new IllegalArgumentException("half must be 1 or 2: " + half);
        }
    }

    public static HalfYear of(LocalDate date) {
        return new HalfYear(date.getYear(), date.getMonthValue() <= 6 ? 1 : 2);
    }

    /** Parses {@code 2025-H1} / {@code 2025-H2}. */
    public static HalfYear parse(String text) {
        String t = text.trim();
        if (!t.matches("\\d{4}-H[12]")) {
            throw new IllegalArgumentException("not a half-year (expected YYYY-H1 or YYYY-H2): " + text);
        }
        return new HalfYear(Integer.parseInt(t.substring(0, 4)), t.charAt(6) - '0');
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, half == 1 ? 1 : 7, 1);
    }

    public LocalDate lastDay() {
        return half == 1 ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
    }

    public HalfYear next() {
        return half == 1 ? new HalfYear(year, 2) : new HalfYear(year + 1, 1);
    }

    @Override
    public int compareTo(HalfYear other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(half, other.half);
    }

    @Override
    public String toString() {
        return year + "-H" + half;
    }
}
