package fr.victimportal.correspondence.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import fr.victimportal.claim.model.Relation;
import fr.victimportal.correspondence.RequestView;
import fr.victimportal.medical.DocumentDownloads;
import fr.victimportal.shared.Formats;
import fr.victimportal.shared.UserInputException;
import fr.victimportal.shared.ui.Refusals;
import java.time.ZoneId;

/**
 * One document request: what is asked, why, by when, by whom; its state in words with its dates; the document given
 * (a link when the reader may open it) or the reason of a refusal. On an open request, the victim's side answers it
 * ({@link AnswerPanel}) and the agent may withdraw it.
 */
class RequestCard extends Div {

    RequestCard(Context context, RequestView r, Runnable changed) {
        addClassNames("card", "request-card", r.open() ? "request-open" : "request-closed");
        setId("request-" + r.id());
        ZoneId zone = context.clock().getZone();
        String name = Words.item(this, r.item(), r.label());
        add(new H3(name));
        add(Words.plain(getTranslation("correspondence.request.why", r.reason())));
        add(new Paragraph(getTranslation(
                "correspondence.request.asked",
                Formats.date(r.due(), getLocale()),
                r.requestedBy(),
                Words.at(this, r.requestedAt(), zone))));
        Paragraph state = new Paragraph(getTranslation(
                "correspondence.request.state." + r.state(),
                r.closedBy() == null ? "" : r.closedBy(),
                Words.at(this, r.closedAt(), zone)));
        state.addClassNames("request-state", "request-state-" + r.state().name().toLowerCase());
        add(state);
        if (r.documentId() != null) {
            if (r.mayOpen()) {
                String title = r.documentTitle() == null ? "" : r.documentTitle();
                Anchor link = new Anchor(
                        DocumentDownloads.of(context.documents(), r.documentId(), false),
                        getTranslation("correspondence.request.download", title));
                link.addClassName("request-document");
                add(new Div(link));
            } else if (r.item().medical()) {
                add(new Paragraph(getTranslation("correspondence.request.medicalGiven")));
            } else {
                add(new Paragraph(getTranslation(
                        "correspondence.request.notOpenable", r.documentTitle() == null ? "" : r.documentTitle())));
            }
        }
        if (r.refusalReason() != null) {
            add(Words.plain(getTranslation("correspondence.request.refusalReason", r.refusalReason())));
        }
        if (!r.open()) {
            return;
        }
        if (context.header().mayAnswer()) {
            if (r.item().medical() && context.header().viewer() != Relation.OWNER) {
                add(new Paragraph(getTranslation("correspondence.answer.medicalVictimOnly")));
            } else {
                add(new AnswerPanel(context, r, changed));
            }
        } else if (context.header().viewer() == Relation.AGENT) {
            add(withdraw(context, r, name, changed));
        }
    }

    private Div withdraw(Context context, RequestView r, String name, Runnable changed) {
        Button withdraw = new Button(getTranslation("correspondence.request.withdraw"));
        withdraw.addClassName("request-withdraw");
        withdraw.setAriaLabel(getTranslation("correspondence.request.withdrawNamed", name));
        withdraw.addClickListener(e -> {
            ConfirmDialog confirm = new ConfirmDialog(
                    getTranslation("correspondence.request.withdrawTitle"),
                    getTranslation("correspondence.request.withdrawText", name),
                    getTranslation("correspondence.request.withdrawYes"),
                    ok -> {
                        try {
                            context.requests().withdraw(r.id());
                            Notification.show(getTranslation("correspondence.request.withdrawn"));
                        } catch (UserInputException closed) {
                            Notification.show(Refusals.message(this, closed));
                        }
                        changed.run();
                    });
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("correspondence.request.withdrawNo"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        });
        withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return new Div(withdraw);
    }
}
