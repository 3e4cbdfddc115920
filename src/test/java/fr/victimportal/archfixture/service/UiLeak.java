package fr.victimportal.archfixture.service;

import fr.victimportal.archfixture.ui.LeakedView;

/** Fixture for the architecture test: a service that wrongly uses a class of a ui package, which the rule must catch. */
public class UiLeak {

    public String describe() {
        return LeakedView.title();
    }
}
