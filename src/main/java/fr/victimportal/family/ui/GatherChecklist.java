package fr.victimportal.family.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * "Ce qu'il faut réunir" (R211-38): the papers a claimant gathers for the insurer. The death certificate is left out
 * when the claim already holds it: nobody is asked again for what the portal has.
 */
class GatherChecklist extends Section {

    static final String[] ITEMS = {"identity", "family", "heirs", "income", "funeral", "payers"};

    GatherChecklist(boolean certificateOnFile) {
        addClassNames("card", "gather-checklist");
        add(new H2(getTranslation("family.gather.title")));
        add(new Paragraph(getTranslation("family.gather.lead")));
        UnorderedList list = new UnorderedList();
        if (!certificateOnFile) {
            list.add(new ListItem(getTranslation("family.gather.death")));
        }
        for (String item : ITEMS) {
            list.add(new ListItem(getTranslation("family.gather." + item)));
        }
        add(list);
        if (certificateOnFile) {
            add(new Paragraph(getTranslation("family.gather.hasCertificate")));
        }
    }
}
