package fr.victimportal.claim.events;

import java.time.LocalDate;

/**
 * The expert's report (R211-44) was filed on the claim as a document, published by the medical module in the
 * transaction of the upload: the examination module records that the report reached the victim that day. It lives with
 * the claim's events so that the examination module need not know the medical one.
 */
public record ExpertReportFiled(String claimReference, LocalDate on) {}
