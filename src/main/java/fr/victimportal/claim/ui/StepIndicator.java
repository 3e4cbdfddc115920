package fr.victimportal.claim.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import fr.victimportal.claim.model.ClaimFile;

/** "Step 2 of 5" and the list of steps; the ones already reached are links, the current one is marked for readers. */
class StepIndicator extends Nav {

    StepIndicator(ClaimFile file, int current) {
        addClassName("step-indicator");
        getElement().setAttribute("aria-label", getTranslation("claim.wizard.steps"));
        Paragraph progress =
                new Paragraph(getTranslation("claim.wizard.progress", current, DeclarationView.STEPS.size()));
        progress.addClassName("step-progress");
        OrderedList steps = new OrderedList();
        for (int i = 1; i <= DeclarationView.STEPS.size(); i++) {
            String key = "claim.step." + DeclarationView.STEPS.get(i - 1);
            String label = getTranslation(i == 2 ? Voice.key(file, key) : key);
            boolean reachable = file.submitted() || i <= file.wizardStep();
            ListItem item = new ListItem();
            if (i == current) {
                Span here = new Span(label);
                here.getElement().setAttribute("aria-current", "step");
                item.add(here);
                item.addClassName("current");
            } else if (reachable) {
                item.add(new Anchor("declaration/" + file.reference() + "/" + i, label));
            } else {
                item.add(new Span(label));
            }
            steps.add(item);
        }
        add(progress, steps);
    }
}
