package fr.victimportal.archfixture.ui;

/** Fixture for the architecture test: a screen class, which no service may use. */
public class LeakedView {

    public static String title() {
        return "view";
    }
}
