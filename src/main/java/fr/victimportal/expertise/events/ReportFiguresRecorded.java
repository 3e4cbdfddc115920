package fr.victimportal.expertise.events;

/** The figures of the expert's report (consolidation, DFT, grades, DFP rate, other heads) were copied on the claim. */
public record ReportFiguresRecorded(String reference, long reportId) {}
