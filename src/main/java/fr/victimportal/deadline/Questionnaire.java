package fr.victimportal.deadline;

import java.time.LocalDate;

/**
 * The insurer's request for the R211-37/38 information and what came back (R211-31 or R211-32, and R211-33). Store
 * the postal <em>presentation</em> date of the insurer's letter and the insurer's <em>receipt</em> dates of the
 * answers (docs/legal-notes.md).
 *
 * @param presented      day the insurer's letter was presented to the victim (starts the 6 weeks)
 * @param answerReceived day the insurer received the first answer, complete or not; {@code null}: no answer yet
 * @param completeReceived day the insurer had all requested information; equal to {@code answerReceived} when the
 *                       first answer was complete; {@code null}: still incomplete (or no answer)
 * @param reaskSent      day the insurer re-asked, listing what was missing (R211-33); {@code null}: it did not
 */
public record Questionnaire(
        LocalDate presented, LocalDate answerReceived, LocalDate completeReceived, LocalDate reaskSent) {

    public static Questionnaire presentedOn(LocalDate presented) {
        return new Questionnaire(presented, null, null, null);
    }

    /** The first answer's receipt date, taking a complete answer without a recorded first answer as the first one. */
    public LocalDate firstAnswer() {
        return answerReceived != null ? answerReceived : completeReceived;
    }

    /** True when an answer came in but did not contain everything (at least at first). */
    public boolean firstAnswerIncomplete() {
        LocalDate first = firstAnswer();
        return first != null && (completeReceived == null || completeReceived.isAfter(first));
    }
}
