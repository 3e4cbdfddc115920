package fr.victimportal.medical.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import fr.victimportal.medical.MedicalObjections;
import fr.victimportal.shared.UserInputException;

/**
 * The victim's objection to their heirs reading their medical documents after their death (CSP L1110-4 V), recorded
 * or withdrawn by the victim while alive, on their documents page.
 */
class ObjectionPanel extends Section {

    ObjectionPanel(String reference, MedicalObjections objections, Runnable changed) {
        addClassNames("card", "objection");
        boolean objected = objections.objected(reference);
        add(new H2(getTranslation("family.objection.title")));
        add(new Paragraph(getTranslation("family.objection.lead")));
        add(new Paragraph(getTranslation(objected ? "family.objection.recorded" : "family.objection.notRecorded")));
        Paragraph error = new Paragraph();
        error.getElement().setAttribute("role", "alert");
        Button toggle = new Button(getTranslation(objected ? "family.objection.withdraw" : "family.objection.record"));
        toggle.addClickListener(e -> {
            try {
                if (objected) {
                    objections.withdraw(reference);
                } else {
                    objections.object(reference);
                }
                changed.run();
            } catch (UserInputException refused) {
                error.setText(getTranslation(refused.messageKey(), refused.arguments()));
            }
        });
        add(toggle, error);
    }
}
