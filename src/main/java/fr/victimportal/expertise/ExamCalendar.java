package fr.victimportal.expertise;

import fr.victimportal.shared.ClockConfiguration;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * An RFC 5545 calendar with one event: the appointment in UTC (or the whole day when the letter gives no time), the
 * place, and a display alarm the day before. Text is escaped and lines folded at 75 octets as the RFC requires.
 */
final class ExamCalendar {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private ExamCalendar() {}

    static byte[] event(String uid, NoticeInput n, String summary, String description, String alarm, Instant now) {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//victim-portal//examen medical//FR");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "METHOD:PUBLISH");
        line(ics, "BEGIN:VEVENT");
        line(ics, "UID:" + uid);
        line(ics, "DTSTAMP:" + UTC.format(now.atOffset(ZoneOffset.UTC)));
        if (n.examTime() != null) {
            ZonedDateTime start = n.examDate().atTime(n.examTime()).atZone(ClockConfiguration.PARIS);
            line(ics, "DTSTART:" + UTC.format(start.withZoneSameInstant(ZoneOffset.UTC)));
            line(ics, "DTEND:" + UTC.format(start.plusHours(1).withZoneSameInstant(ZoneOffset.UTC)));
        } else {
            line(ics, "DTSTART;VALUE=DATE:" + DAY.format(n.examDate()));
            line(ics, "DTEND;VALUE=DATE:" + DAY.format(n.examDate().plusDays(1)));
        }
        line(ics, "SUMMARY:" + escape(summary));
        if (n.place() != null) {
            line(ics, "LOCATION:" + escape(n.place()));
        }
        line(ics, "DESCRIPTION:" + escape(description));
        line(ics, "BEGIN:VALARM");
        line(ics, "TRIGGER:-P1D");
        line(ics, "ACTION:DISPLAY");
        line(ics, "DESCRIPTION:" + escape(alarm));
        line(ics, "END:VALARM");
        line(ics, "END:VEVENT");
        line(ics, "END:VCALENDAR");
        return ics.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * RFC 5545 §3.3.11 TEXT: backslash, semicolon and comma escaped, every line end (CRLF, a lone CR, LF) written as
     * {@code \n}, and no other control character than a tab (a stray CR would end the content line early).
     */
    static String escape(String text) {
        String escaped = text.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\r\n", "\n")
                .replace('\r', '\n')
                .replace("\n", "\\n");
        StringBuilder out = new StringBuilder(escaped.length());
        escaped.codePoints()
                .filter(c -> c == '\t' || (!Character.isISOControl(c) && c != '\u2028' && c != '\u2029'))
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    /** Appends one content line, folded: no physical line longer than 75 octets, continuations start with a space. */
    private static void line(StringBuilder out, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        int start = 0;
        int limit = 75;
        while (bytes.length - start > limit) {
            int end = start + limit;
            while ((bytes[end] & 0xC0) == 0x80) { // never cut a UTF-8 character in two
                end--;
            }
            out.append(new String(bytes, start, end - start, StandardCharsets.UTF_8))
                    .append("\r\n ");
            start = end;
            limit = 74; // the leading space counts
        }
        out.append(new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8))
                .append("\r\n");
    }
}
