package fr.victimportal.claim.demo;

import java.time.LocalDate;

/**
 * The third demo story (issue 24), relative to the first start of a demo deployment: Daniel Moreau, a passenger,
 * died six weeks after a road accident, from it; his two heirs follow the claim with their own accounts, his wife
 * Claire and their son Hugo (12), a minor whose representative (Claire) signs in with a separate demo account, so each
 * heir's answers and offer stay their own. The South demo insurer handles it. The offers to each heir are left to the
 * offer module's demo, which finds the claim by {@link #CLAIM}. Fictitious.
 */
public final class DemoFatalStory {

    private DemoFatalStory() {}

    /** The claim's reference. */
    public static final String CLAIM = "VP-DEMO-DECES";

    /** The deceased victim's account (closed to sign-in once the death is recorded; not a demo login). */
    public static final String VICTIM = "daniel.moreau@demo.victim-portal.fr";

    /** The adult heir, the victim's wife. */
    public static final String SPOUSE = "claire.moreau@demo.victim-portal.fr";

    /** The account through which Claire acts for their minor son Hugo. */
    public static final String MINOR_REPRESENTATIVE = "representant.hugo@demo.victim-portal.fr";

    public static LocalDate accident(LocalDate today) {
        return today.minusWeeks(10);
    }

    /** Six weeks after the accident: the R211-30 extension applies (more than one month). */
    public static LocalDate death(LocalDate today) {
        return accident(today).plusWeeks(6);
    }
}
