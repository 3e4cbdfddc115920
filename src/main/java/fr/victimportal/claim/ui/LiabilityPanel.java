package fr.victimportal.claim.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import fr.victimportal.claim.ClaimFile;
import fr.victimportal.claim.LiabilityExplainer;
import fr.victimportal.shared.ui.Formats;
import java.math.BigDecimal;

/** "Who compensates you, and how": the explanation built from the victim's answers, each sentence with its basis. */
class LiabilityPanel extends Section {

    LiabilityPanel(ClaimFile file) {
        addClassName("card");
        add(new H2(getTranslation(Voice.key(file, "claim.explain.title"))));
        UnorderedList list = new UnorderedList();
        for (LiabilityExplainer.Explanation e : LiabilityExplainer.explain(file.accident(), file.situation())) {
            Object[] args = e.arguments().stream()
                    .map(a -> a instanceof BigDecimal amount ? Formats.euros(amount, getLocale()) : a).toArray();
            Span basis = new Span(getTranslation("claim.basis", e.basis()));
            basis.addClassName("basis");
            ListItem item = new ListItem(new Span(getTranslation(Voice.key(file, e.key()), args)), basis);
            list.add(item);
        }
        add(list, new Paragraph(getTranslation(Voice.key(file, "claim.explain.caveat"))));
    }
}
