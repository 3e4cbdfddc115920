package fr.victimportal.expertise.events;

import java.time.LocalDate;

/**
 * The examining doctor's report (R211-44) reached the victim on {@code receivedOn}: recorded by hand, or because it
 * was filed as a document.
 */
public record ReportReceived(String reference, long noticeId, LocalDate receivedOn) {}
