package fr.victimportal.claim.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import fr.victimportal.claim.internal.LiabilityExplainer;
import fr.victimportal.claim.model.ClaimFile;
import fr.victimportal.deadline.Responsible;
import fr.victimportal.shared.Formats;
import java.math.BigDecimal;
import java.util.function.Consumer;

/** "Who compensates you, and how": the explanation built from the victim's answers, each sentence with its basis. */
class LiabilityPanel extends Section {

    LiabilityPanel(ClaimFile file) {
        this(file, Responsible.INSURED, null);
    }

    /**
     * @param responsible who answers for the accident, as recorded
     * @param change      saves a new answer (the owner), or {@code null} to show it read-only
     */
    LiabilityPanel(ClaimFile file, Responsible responsible, Consumer<Responsible> change) {
        addClassName("card");
        add(new H2(getTranslation(Voice.key(file, "claim.explain.title"))));
        UnorderedList list = new UnorderedList();
        for (LiabilityExplainer.Explanation e : LiabilityExplainer.explain(file.accident(), file.situation())) {
            Object[] args = e.arguments().stream()
                    .map(a -> a instanceof BigDecimal amount ? Formats.euros(amount, getLocale()) : a)
                    .toArray();
            Span basis = new Span(getTranslation("claim.basis", e.basis()));
            basis.addClassName("basis");
            ListItem item = new ListItem(new Span(getTranslation(Voice.key(file, e.key()), args)), basis);
            list.add(item);
        }
        add(list);
        // R421-12: when nobody insured answers for the accident, the guarantee fund compensates within its own periods
        if (change != null) {
            Select<Responsible> who = new Select<>();
            who.setLabel(getTranslation("calculator.responsible"));
            who.setItems(Responsible.values());
            who.setItemLabelGenerator(r -> getTranslation(r.messageKey()));
            who.setValue(responsible);
            who.setHelperText(getTranslation("claim.responsible.help"));
            who.addValueChangeListener(e -> change.accept(e.getValue() == null ? Responsible.INSURED : e.getValue()));
            who.addClassName("responsible");
            add(who);
        } else if (responsible != Responsible.INSURED) {
            add(new Paragraph(getTranslation(responsible.messageKey())));
        }
        add(new Paragraph(getTranslation(Voice.key(file, "claim.explain.caveat"))));
    }
}
