package fr.victimportal.medical.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import fr.victimportal.medical.HeirPurpose;
import java.util.function.Consumer;

/**
 * For an heir of a deceased victim (CSP L1110-4 V): the purpose of their access, asked before the medical documents'
 * links work. The choice unlocks the links of this page only and goes with each access into the audit trail; when
 * the victim objected during their life, the page says so and nothing unlocks.
 */
class PurposeGate extends Section {

    PurposeGate(boolean askPurpose, HeirPurpose chosen, Consumer<HeirPurpose> choose) {
        addClassNames("card", "purpose-gate");
        add(new H2(getTranslation("family.purpose.title")));
        if (!askPurpose && chosen == null) {
            add(new Paragraph(getTranslation("family.purpose.none")));
            return;
        }
        add(new Paragraph(getTranslation("family.purpose.lead")));
        Select<HeirPurpose> purpose = new Select<>();
        purpose.setLabel(getTranslation("family.purpose.label"));
        purpose.setItems(HeirPurpose.values());
        purpose.setItemLabelGenerator(p -> getTranslation("family.purpose." + p.name()));
        purpose.setEmptySelectionAllowed(false);
        if (chosen != null) {
            purpose.setValue(chosen);
        }
        purpose.addValueChangeListener(e -> choose.accept(e.getValue()));
        add(purpose);
    }
}
