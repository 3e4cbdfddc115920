package fr.victimportal.medical.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fr.victimportal.medical.DocumentList;
import fr.victimportal.medical.MedicalConsent;
import fr.victimportal.shared.Formats;
import fr.victimportal.shared.ui.Refusals;
import java.time.ZoneId;

/**
 * Declining to communicate what the insurer asked for, explained in plain words from the Cour de cassation's opinion
 * of 3 July 2025 (n° 25-70.007) in full: the right exists; the insurer may still produce the amicable expertise report
 * where indispensable to its right to evidence and strictly proportionate; the judge alone weighs the reason; withholding
 * an R211-37 item suspends the insurer's offer deadline (R211-31, R211-32). The owner records a refusal; the insurer's side reads the recorded ones.
 */
class RefusalPanel extends Section {

    RefusalPanel(DocumentList list, MedicalConsent consent, ZoneId zone, Runnable changed) {
        addClassNames("card", "refusal-panel");
        add(new H2(getTranslation("medical.refusal.title")));
        if (list.owner()) {
            add(
                    new Paragraph(getTranslation("medical.refusal.explain1")),
                    new Paragraph(getTranslation("medical.refusal.explain2")),
                    new Paragraph(getTranslation("medical.refusal.explain3")),
                    new Paragraph(getTranslation("medical.refusal.explain4")),
                    new Paragraph(getTranslation("medical.refusal.source")));
            TextField requested = new TextField(getTranslation("medical.refusal.requested"));
            requested.setMaxLength(200);
            requested.setWidthFull();
            TextArea reason = new TextArea(getTranslation("medical.refusal.reason"));
            reason.setMaxLength(2000);
            reason.setWidthFull();
            Refusals refusals = Refusals.of(this).otherwiseOn(requested);
            refusals.field("reason", reason);
            Button record = new Button(getTranslation("medical.refusal.record"), e -> {
                refusals.clear();
                refusals.attempt(() -> {
                    consent.recordRefusal(list.reference(), requested.getValue(), reason.getValue());
                    Notification.show(getTranslation("medical.refusal.recorded"));
                    changed.run();
                });
            });
            add(requested, reason, record);
        }
        if (!list.refusals().isEmpty()) {
            UnorderedList lines = new UnorderedList();
            list.refusals()
                    .forEach(r -> lines.add(new ListItem(getTranslation(
                            "medical.refusal.line",
                            r.requested(),
                            Formats.date(r.recordedAt().atZone(zone).toLocalDate(), getLocale()),
                            r.reason()))));
            add(new H3(getTranslation("medical.refusal.listTitle")), lines);
        }
    }
}
