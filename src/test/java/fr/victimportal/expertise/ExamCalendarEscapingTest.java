package fr.victimportal.expertise;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** RFC 5545 §3.3.11: the text of the examination's .ics cannot end a content line early or inject a property. */
class ExamCalendarEscapingTest {

    @Test
    void backslashSemicolonCommaAndEveryKindOfLineEndAreEscapedAndOtherControlCharactersDropped() {
        assertThat(ExamCalendar.escape("a\\b;c,d")).isEqualTo("a\\\\b\\;c\\,d");
        assertThat(ExamCalendar.escape("un\r\ndeux\rtrois\nquatre")).isEqualTo("un\\ndeux\\ntrois\\nquatre");
        assertThat(ExamCalendar.escape("cabinet\u0000\u0007 du\tDr")).isEqualTo("cabinet du\tDr");
    }

    @Test
    void aPlaceWithALoneCarriageReturnCannotAddAPropertyToTheEvent() {
        NoticeInput notice = new NoticeInput(
                "Dr Expert",
                null,
                null,
                LocalDate.of(2026, 12, 14),
                LocalTime.of(9, 30),
                "Cabinet\rATTENDEE:mailto:intrus@example.org",
                "Assureur",
                true,
                LocalDate.of(2026, 11, 20));
        String ics = new String(
                ExamCalendar.event(
                        "uid-1@victim-portal",
                        notice,
                        "Examen",
                        "Description",
                        "Demain",
                        Instant.parse("2026-11-23T09:00:00Z")),
                StandardCharsets.UTF_8);

        assertThat(ics).contains("LOCATION:Cabinet\\nATTENDEE:mailto:intrus@example.org");
        // every CR is the first half of a CRLF line end, and no line starts a property the portal did not write
        assertThat(ics.replace("\r\n", "")).doesNotContain("\r").doesNotContain("\n");
        assertThat(ics.split("\r\n")).noneMatch(line -> line.startsWith("ATTENDEE"));
    }
}
