package fr.victimportal.claim.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import fr.victimportal.claim.ClaimConsultations.Consultation;
import fr.victimportal.shared.Formats;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** On the victim's dashboard: the last openings of their claim by insurer agents and caseworkers, and why. */
class ConsultationsPanel extends Section {

    static final int SHOWN = 5;

    ConsultationsPanel(String reference, List<Consultation> consultations, Clock clock) {
        addClassNames("card", "consultations");
        add(new H2(getTranslation("consult.panel.title")));
        if (consultations.isEmpty()) {
            add(new Paragraph(getTranslation("consult.panel.none")));
        } else {
            UnorderedList list = new UnorderedList();
            consultations.forEach(c -> {
                ZonedDateTime at = c.at().atZone(clock.getZone());
                // an agent is shown with the insurer they opened the claim for
                list.add(new ListItem(getTranslation(
                        c.insurer() == null ? "consult.panel.line" : "consult.panel.lineAgent",
                        Formats.date(at.toLocalDate(), getLocale()) + " "
                                + DateTimeFormatter.ofPattern("HH:mm").format(at),
                        c.who(),
                        getTranslation("medical.log.role." + c.role().name()),
                        getTranslation("consult.reason." + c.reason().name()),
                        c.insurer())));
            });
            add(list);
        }
        add(new Anchor("dossier/" + reference + "/documents/journal", getTranslation("consult.panel.all")));
    }
}
