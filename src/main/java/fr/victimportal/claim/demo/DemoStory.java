package fr.victimportal.claim.demo;

import java.time.LocalDate;

/**
 * The dates of the second demo story (a settled claim reopened for an aggravation, itself settled), relative to the
 * first start of a demo deployment. Each module's demo writes its own part of the story from these dates, so the
 * parts agree without one module reaching into another's tables. Fictitious.
 */
public final class DemoStory {

    private DemoStory() {}

    public static final String INSURER = "Mutuelle Rhône Assurances (fictif)";

    public static LocalDate accident(LocalDate today) {
        return today.minusYears(4).minusDays(20);
    }

    public static LocalDate consolidation(LocalDate today) {
        return accident(today).plusYears(1);
    }

    /** The definitive offer of the initial claim, three months after the insurer learned of the consolidation. */
    public static LocalDate firstOffer(LocalDate today) {
        return consolidation(today).plusMonths(3);
    }

    public static LocalDate firstAcceptance(LocalDate today) {
        return firstOffer(today).plusDays(12);
    }

    public static LocalDate worseSince(LocalDate today) {
        return today.minusMonths(20);
    }

    public static LocalDate aggravationDeclared(LocalDate today) {
        return worseSince(today).plusDays(25);
    }

    public static LocalDate aggravationExam(LocalDate today) {
        return aggravationDeclared(today).plusMonths(4);
    }

    public static LocalDate aggravationConsolidation(LocalDate today) {
        return aggravationExam(today).minusDays(10);
    }

    public static LocalDate secondOffer(LocalDate today) {
        return aggravationExam(today).plusMonths(3);
    }

    public static LocalDate secondAcceptance(LocalDate today) {
        return secondOffer(today).plusDays(9);
    }
}
