package fr.victimportal.claim.events;

import java.time.LocalDate;

/** Published when the R211-37 questionnaire of a claim is answered for the first time; reminders stop asking for it. */
public record QuestionnaireAnswered(String reference, LocalDate answeredOn) {}
