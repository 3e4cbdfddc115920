package fr.victimportal.expertise.events;

import java.time.LocalDate;

/** The notice of the insurer's medical examination (R211-43) was recorded: the exam takes place on {@code examDate}. */
public record ExaminationNoticeRecorded(String reference, long noticeId, LocalDate examDate) {}
