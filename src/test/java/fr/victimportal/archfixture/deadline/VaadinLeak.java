package fr.victimportal.archfixture.deadline;

import com.vaadin.flow.component.html.Span;

/** Fixture for the architecture test: a "deadline" class that wrongly uses Vaadin, which the rule must catch. */
public class VaadinLeak {

    public Span render() {
        return new Span();
    }
}
