package fr.victimportal.claim;

import fr.victimportal.deadline.DeadlineSchedule;

/**
 * The legal clock of a submitted claim as background jobs (reminders) need it: who owns it, whether the R211-37
 * questionnaire is answered, and every deadline. No other personal data.
 */
public record ClaimSchedule(String reference, long ownerId, boolean questionnaireAnswered,
        DeadlineSchedule deadlines) {
}
