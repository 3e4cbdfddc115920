package fr.victimportal.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hand-checked CPC 641/642 cases. Every expected date was checked independently with python3 datetime and
 * dateutil.easter (weekday and holiday), not derived from this code. Easter Sundays used: 2024-03-31, 2025-04-20,
 * 2026-04-05, 2027-03-28.
 */
class ProceduralCalendarTableTest {

    @ParameterizedTest(name = "{0} + {1} ({2}) -> nominal {3}, due {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # --- month ends (CPC 641 al.2: same day number, else the month's last day) ---
            # Sun 31 Aug 2025 + 8 months: no 31 April, so Thu 30 Apr 2026 (the CPC 641 example); a working day.
            2025-08-31 | P8M   | METROPOLITAN   | 2026-04-30 | 2026-04-30 | NONE           |
            # Wed 31 Jan 2024 + 1 month: February 2024 has 29 days, so Thu 29 Feb 2024.
            2024-01-31 | P1M   | METROPOLITAN   | 2024-02-29 | 2024-02-29 | NONE           |
            # Fri 31 Jan 2025 + 1 month: common year, last day Fri 28 Feb 2025.
            2025-01-31 | P1M   | METROPOLITAN   | 2025-02-28 | 2025-02-28 | NONE           |
            # Tue 31 Oct 2023 + 4 months: Feb 2024 is short, leap: Thu 29 Feb 2024.
            2023-10-31 | P4M   | METROPOLITAN   | 2024-02-29 | 2024-02-29 | NONE           |
            # Sat 31 May 2025 + 3 months = Sun 31 Aug 2025 -> Mon 1 Sep (CPC 642).
            2025-05-31 | P3M   | METROPOLITAN   | 2025-08-31 | 2025-09-01 | SUNDAY         |
            # Mon 31 Mar 2025 + 8 months: no 31 November, so Sun 30 Nov 2025 -> Mon 1 Dec.
            2025-03-31 | P8M   | METROPOLITAN   | 2025-11-30 | 2025-12-01 | SUNDAY         |
            # Wed 15 Jan 2025 + 3 months = Tue 15 Apr 2025, working day.
            2025-01-15 | P3M   | METROPOLITAN   | 2025-04-15 | 2025-04-15 | NONE           |
            # Fri 27 Jun 2025 + 3 months = Sat 27 Sep 2025 -> Mon 29 Sep.
            2025-06-27 | P3M   | METROPOLITAN   | 2025-09-27 | 2025-09-29 | SATURDAY       |
            # --- leap years, years counted as 12-month blocks ---
            # Thu 29 Feb 2024 + 10 years: no 29 Feb 2034, so Tue 28 Feb 2034; a working day, no roll.
            2024-02-29 | P10Y  | METROPOLITAN   | 2034-02-28 | 2034-02-28 | NONE           |
            # Tue 29 Feb 2028 + 10 years: Sun 28 Feb 2038 -> Mon 1 Mar 2038.
            2028-02-29 | P10Y  | METROPOLITAN   | 2038-02-28 | 2038-03-01 | SUNDAY         |
            # Thu 29 Feb 2024 + 1 year = Fri 28 Feb 2025.
            2024-02-29 | P1Y   | METROPOLITAN   | 2025-02-28 | 2025-02-28 | NONE           |
            # Mon 29 Feb 2016 + 10 years = Sat 28 Feb 2026 -> Mon 2 Mar (Sat and Sun skipped).
            2016-02-29 | P10Y  | METROPOLITAN   | 2026-02-28 | 2026-03-02 | SATURDAY       |
            # Sun 1 Nov 2015 + 10 years = Sat 1 Nov 2025, All Saints on a Saturday -> Mon 3 Nov.
            2015-11-01 | P10Y  | METROPOLITAN   | 2025-11-01 | 2025-11-03 | PUBLIC_HOLIDAY | ALL_SAINTS_DAY
            # --- months + days (CPC 641 al.3: months first) ---
            # Mon 30 Jan 2023 + 1 month = 28 Feb, + 2 days = Thu 2 Mar 2023 (days first would give 1 Mar).
            2023-01-30 | P1M2D | METROPOLITAN   | 2023-03-02 | 2023-03-02 | NONE           |
            # Fri 31 Jan 2025 + 1 month (R211-35) = 28 Feb, + 6 weeks (42 days) = Fri 11 Apr 2025.
            2025-01-31 | P1M42D| METROPOLITAN   | 2025-04-11 | 2025-04-11 | NONE           |
            # --- weeks: same weekday ---
            # Wed 1 Oct 2025 + 6 weeks = Wed 12 Nov 2025 (11 Nov is the day before; no roll).
            2025-10-01 | P6W   | METROPOLITAN   | 2025-11-12 | 2025-11-12 | NONE           |
            # Mon 10 Mar 2025 + 6 weeks = Mon 21 Apr 2025, Easter Monday -> Tue 22 Apr.
            2025-03-10 | P6W   | METROPOLITAN   | 2025-04-21 | 2025-04-22 | PUBLIC_HOLIDAY | EASTER_MONDAY
            # Sat 8 Mar 2025 + 6 weeks = Sat 19 Apr 2025 -> Sun 20 (Easter) -> Mon 21 (Easter Monday) -> Tue 22.
            2025-03-08 | P6W   | METROPOLITAN   | 2025-04-19 | 2025-04-22 | SATURDAY       |
            # --- days (CPC 641 al.1: event day not counted) ---
            # Sat 20 Dec 2025 + 20 days = Fri 9 Jan 2026 (year change, working day).
            2025-12-20 | P20D  | METROPOLITAN   | 2026-01-09 | 2026-01-09 | NONE           |
            # Sun 30 Nov 2025 + 20 days = Sat 20 Dec 2025 -> Mon 22 Dec.
            2025-11-30 | P20D  | METROPOLITAN   | 2025-12-20 | 2025-12-22 | SATURDAY       |
            # --- every public holiday ---
            # Wed 17 Dec 2025 + 15 days = Thu 1 Jan 2026, New Year -> Fri 2 Jan.
            2025-12-17 | P15D  | METROPOLITAN   | 2026-01-01 | 2026-01-02 | PUBLIC_HOLIDAY | NEW_YEARS_DAY
            # Easter Monday 2024 (Easter 31 Mar): Fri 1 Mar + 1 month = Mon 1 Apr 2024 -> Tue 2 Apr.
            2024-03-01 | P1M   | METROPOLITAN   | 2024-04-01 | 2024-04-02 | PUBLIC_HOLIDAY | EASTER_MONDAY
            # Easter Monday 2025 (Easter 20 Apr): Fri 21 Mar + 1 month = Mon 21 Apr -> Tue 22 Apr.
            2025-03-21 | P1M   | METROPOLITAN   | 2025-04-21 | 2025-04-22 | PUBLIC_HOLIDAY | EASTER_MONDAY
            # Easter Monday 2026 (Easter 5 Apr): Fri 6 Mar + 1 month = Mon 6 Apr -> Tue 7 Apr.
            2026-03-06 | P1M   | METROPOLITAN   | 2026-04-06 | 2026-04-07 | PUBLIC_HOLIDAY | EASTER_MONDAY
            # Easter Monday 2027 (Easter 28 Mar): Sun 14 Mar + 15 days = Mon 29 Mar -> Tue 30 Mar.
            2027-03-14 | P15D  | METROPOLITAN   | 2027-03-29 | 2027-03-30 | PUBLIC_HOLIDAY | EASTER_MONDAY
            # Ascension 2024 = Easter + 39 = Thu 9 May: Wed 24 Apr + 15 days -> Fri 10 May.
            2024-04-24 | P15D  | METROPOLITAN   | 2024-05-09 | 2024-05-10 | PUBLIC_HOLIDAY | ASCENSION_DAY
            # Ascension 2025 = Thu 29 May: Fri 9 May + 20 days -> Fri 30 May.
            2025-05-09 | P20D  | METROPOLITAN   | 2025-05-29 | 2025-05-30 | PUBLIC_HOLIDAY | ASCENSION_DAY
            # Ascension 2026 = Thu 14 May: Wed 29 Apr + 15 days -> Fri 15 May.
            2026-04-29 | P15D  | METROPOLITAN   | 2026-05-14 | 2026-05-15 | PUBLIC_HOLIDAY | ASCENSION_DAY
            # Ascension 2027 = Thu 6 May: Wed 21 Apr + 15 days -> Fri 7 May.
            2027-04-21 | P15D  | METROPOLITAN   | 2027-05-06 | 2027-05-07 | PUBLIC_HOLIDAY | ASCENSION_DAY
            # Whit Monday 2024 = Easter + 50 = Mon 20 May: Sat 20 Apr + 1 month -> Tue 21 May.
            2024-04-20 | P1M   | METROPOLITAN   | 2024-05-20 | 2024-05-21 | PUBLIC_HOLIDAY | WHIT_MONDAY
            # Whit Monday 2025 = Mon 9 Jun: Tue 20 May + 20 days -> Tue 10 Jun.
            2025-05-20 | P20D  | METROPOLITAN   | 2025-06-09 | 2025-06-10 | PUBLIC_HOLIDAY | WHIT_MONDAY
            # Whit Monday 2026 = Mon 25 May: Sat 25 Apr + 1 month -> Tue 26 May.
            2026-04-25 | P1M   | METROPOLITAN   | 2026-05-25 | 2026-05-26 | PUBLIC_HOLIDAY | WHIT_MONDAY
            # Whit Monday 2027 = Mon 17 May: Sat 17 Apr + 1 month -> Tue 18 May.
            2027-04-17 | P1M   | METROPOLITAN   | 2027-05-17 | 2027-05-18 | PUBLIC_HOLIDAY | WHIT_MONDAY
            # Labour Day Thu 1 May 2025: Tue 1 Apr + 1 month -> Fri 2 May.
            2025-04-01 | P1M   | METROPOLITAN   | 2025-05-01 | 2025-05-02 | PUBLIC_HOLIDAY | LABOUR_DAY
            # Labour Day Fri 1 May 2026: + Sat + Sun -> Mon 4 May.
            2026-04-01 | P1M   | METROPOLITAN   | 2026-05-01 | 2026-05-04 | PUBLIC_HOLIDAY | LABOUR_DAY
            # 8 May 2025 is a Thursday -> Fri 9 May.
            2025-04-08 | P1M   | METROPOLITAN   | 2025-05-08 | 2025-05-09 | PUBLIC_HOLIDAY | VICTORY_IN_EUROPE_DAY
            # 8 May 2026 is a Friday -> Mon 11 May.
            2026-04-08 | P1M   | METROPOLITAN   | 2026-05-08 | 2026-05-11 | PUBLIC_HOLIDAY | VICTORY_IN_EUROPE_DAY
            # 14 Jul 2025 is a Monday -> Tue 15 Jul.
            2025-06-14 | P1M   | METROPOLITAN   | 2025-07-14 | 2025-07-15 | PUBLIC_HOLIDAY | BASTILLE_DAY
            # 14 Jul 2026 is a Tuesday -> Wed 15 Jul.
            2026-06-14 | P1M   | METROPOLITAN   | 2026-07-14 | 2026-07-15 | PUBLIC_HOLIDAY | BASTILLE_DAY
            # 15 Aug 2025 is a Friday: + Sat + Sun -> Mon 18 Aug.
            2025-07-31 | P15D  | METROPOLITAN   | 2025-08-15 | 2025-08-18 | PUBLIC_HOLIDAY | ASSUMPTION_DAY
            # 1 Nov 2025 is a Saturday (reported as the holiday) -> Mon 3 Nov.
            2025-10-01 | P1M   | METROPOLITAN   | 2025-11-01 | 2025-11-03 | PUBLIC_HOLIDAY | ALL_SAINTS_DAY
            # 11 Nov 2025 is a Tuesday -> Wed 12 Nov.
            2025-10-27 | P15D  | METROPOLITAN   | 2025-11-11 | 2025-11-12 | PUBLIC_HOLIDAY | ARMISTICE_DAY
            # Christmas Thu 25 Dec 2025 -> Fri 26 Dec (a working day outside Alsace-Moselle).
            2025-12-10 | P15D  | METROPOLITAN   | 2025-12-25 | 2025-12-26 | PUBLIC_HOLIDAY | CHRISTMAS_DAY
            # Alsace-Moselle: Thu 25 Dec, Fri 26 Dec (St Stephen), Sat, Sun -> Mon 29 Dec 2025.
            2025-12-10 | P15D  | ALSACE_MOSELLE | 2025-12-25 | 2025-12-29 | PUBLIC_HOLIDAY | CHRISTMAS_DAY
            # Alsace-Moselle: Good Friday 3 Apr 2026, Sat, Easter Sun, Easter Mon 6 Apr -> Tue 7 Apr.
            2026-03-03 | P1M   | ALSACE_MOSELLE | 2026-04-03 | 2026-04-07 | PUBLIC_HOLIDAY | GOOD_FRIDAY
            # Elsewhere Good Friday 3 Apr 2026 is a working day: no roll.
            2026-03-03 | P1M   | METROPOLITAN   | 2026-04-03 | 2026-04-03 | NONE           |
            """)
    void cpc641And642(
            LocalDate event,
            String period,
            CalendarRegion region,
            LocalDate nominal,
            LocalDate due,
            ShiftReason reason,
            Holiday holiday) {
        DueDate result = ProceduralCalendar.of(region).due(event, Period.parse(period));

        assertThat(result.nominal()).isEqualTo(nominal);
        assertThat(result.effective()).isEqualTo(due);
        assertThat(result.shiftReason()).isEqualTo(reason);
        assertThat(result.shiftHoliday()).isEqualTo(holiday);
    }

    @ParameterizedTest(name = "settlement {0}: withdrawal ends {2}, payment due {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # Wed 30 Apr 2025 + 15 days = Thu 15 May (working); + 1 month = Sun 15 Jun -> Mon 16 Jun.
            2025-04-30 | 2025-05-15 | 2025-05-15 | 2025-06-15 | 2025-06-16
            # Wed 23 Apr 2025 + 15 days = Thu 8 May (holiday) -> Fri 9 May; the payment month runs from the
            # effective end: Mon 9 Jun 2025 is Whit Monday -> Tue 10 Jun.
            2025-04-23 | 2025-05-08 | 2025-05-09 | 2025-06-09 | 2025-06-10
            # Wed 10 Dec 2025 + 15 days = Thu 25 Dec -> Fri 26 Dec; + 1 month = Mon 26 Jan 2026.
            2025-12-10 | 2025-12-25 | 2025-12-26 | 2026-01-26 | 2026-01-26
            # Fri 16 Jan 2026 + 15 days = Sat 31 Jan -> Mon 2 Feb; + 1 month = Mon 2 Mar 2026.
            2026-01-16 | 2026-01-31 | 2026-02-02 | 2026-03-02 | 2026-03-02
            """)
    void withdrawalThenPayment(
            LocalDate settlement,
            LocalDate withdrawalNominal,
            LocalDate withdrawalDue,
            LocalDate paymentNominal,
            LocalDate paymentDue) {
        var deadlines = new DeadlineEngine().forEvent(EventType.SETTLEMENT, settlement);

        assertThat(deadlines).extracting(Deadline::code).containsExactly(DeadlineCode.WITHDRAWAL, DeadlineCode.PAYMENT);
        Deadline withdrawal = deadlines.get(0);
        Deadline payment = deadlines.get(1);
        assertThat(withdrawal.nominalDate()).isEqualTo(withdrawalNominal);
        assertThat(withdrawal.dueDate()).isEqualTo(withdrawalDue);
        assertThat(payment.triggerEvent()).isEqualTo(EventType.WITHDRAWAL_PERIOD_END);
        assertThat(payment.triggerDate()).isEqualTo(withdrawalDue);
        assertThat(payment.nominalDate()).isEqualTo(paymentNominal);
        assertThat(payment.dueDate()).isEqualTo(paymentDue);
    }
}
