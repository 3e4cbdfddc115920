package fr.victimportal.mandate.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.Route;
import fr.victimportal.mandate.Mandates;
import fr.victimportal.mandate.Mandates.MandateSummary;
import fr.victimportal.shared.Formats;
import fr.victimportal.shared.ui.ClaimPage;
import fr.victimportal.shared.ui.MainLayout;
import fr.victimportal.shared.ui.Refusals;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The victim's mandates to association caseworkers (docs/legal-notes.md): the mandates signed, each revocable at once, and
 * a form that lists the scope item by item, the end date and the association's standing, signed by typing one's name.
 * What no mandate can allow is written on the page.
 */
@Route(value = "dossier/:reference/mandats", layout = MainLayout.class)
@RolesAllowed("VICTIM")
public class MandateView extends ClaimPage<List<MandateSummary>> {

    private final Mandates mandates;
    private final Clock clock;

    public MandateView(Mandates mandates, Clock clock) {
        super("mandate.pageTitle");
        this.mandates = mandates;
        this.clock = clock;
        addClassNames("portal-page", "mandate-page");
    }

    @Override
    protected List<MandateSummary> open(String reference) {
        return mandates.ofClaim(reference);
    }

    @Override
    protected void show(List<MandateSummary> list) {
        String reference = reference();
        removeAll();
        add(new H1(getTranslation("mandate.title", reference)), new Paragraph(getTranslation("mandate.intro")));
        Section never = new Section(new H2(getTranslation("mandate.never.title")));
        never.addClassNames("card", "mandate-never");
        UnorderedList items = new UnorderedList();
        for (String key : List.of("offer", "withdraw", "money", "medical", "advice")) {
            items.add(new ListItem(getTranslation("mandate.never." + key)));
        }
        never.add(items, new Paragraph(getTranslation("mandate.never.basis")));
        add(never);
        Section current = new Section(new H2(getTranslation("mandate.list.title")));
        current.addClassName("mandate-list");
        if (list.isEmpty()) {
            current.add(new Paragraph(getTranslation("mandate.list.none")));
        }
        list.forEach(m -> current.add(card(m)));
        add(current, form(), new Anchor("dossier/" + reference, getTranslation("mandate.back")));
    }

    private Component card(MandateSummary m) {
        Div card = new Div();
        card.addClassNames("card", "mandate-card");
        card.add(
                new H3(getTranslation("mandate.card.title", m.caseworkerName(), m.associationName())),
                new Paragraph(getTranslation("mandate.state." + m.state().name())),
                new Paragraph(getTranslation(
                        "mandate.card.standing",
                        getTranslation("mandate.standing." + m.standing().name()),
                        m.associationNumber())),
                new Paragraph(getTranslation("mandate.card.until", Formats.date(m.validUntil(), getLocale()))));
        UnorderedList scope = new UnorderedList();
        m.scope().forEach(s -> scope.add(new ListItem(getTranslation("mandate.scope." + s.name()))));
        card.add(new Paragraph(getTranslation("mandate.card.scope")), scope);
        if (m.revocable()) {
            Button revoke = new Button(getTranslation("mandate.revoke"));
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
            revoke.addClickListener(e -> {
                ConfirmDialog confirm = new ConfirmDialog(
                        getTranslation("mandate.revoke.confirm.title"),
                        getTranslation("mandate.revoke.confirm.text", m.caseworkerName()),
                        getTranslation("mandate.revoke.confirm.yes"),
                        ok -> revoke(m));
                confirm.setCancelable(true);
                confirm.setCancelText(getTranslation("mandate.revoke.cancel"));
                confirm.setConfirmButtonTheme("error primary");
                confirm.open();
            });
            card.add(revoke);
        }
        return card;
    }

    private void revoke(MandateSummary m) {
        Refusals.of(this).attempt(() -> {
            mandates.revoke(reference(), m.id());
            Notification.show(getTranslation("mandate.revoked", m.caseworkerName()));
        });
        reload();
    }

    private Component form() {
        Section form = new Section(
                new H2(getTranslation("mandate.form.title")), new Paragraph(getTranslation("mandate.form.intro")));
        form.addClassNames("card", "mandate-form");
        MandateForm fields = new MandateForm(LocalDate.now(clock));
        Paragraph error = new Paragraph();
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        Button sign = new Button(getTranslation("mandate.form.sign"));
        sign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        sign.setDisableOnClick(true);
        // the message stands next to its field; only one without a field is shown above the button
        Refusals refusals =
                Refusals.of(this).fieldsOf(fields::showError).inParagraph(error).reenabling(sign);
        sign.addClickListener(e -> fields.read()
                .ifPresentOrElse(
                        input -> refusals.attempt(() -> {
                            MandateSummary m = mandates.sign(reference(), input, getLocale());
                            Notification.show(getTranslation("mandate.signed", m.caseworkerName(), m.email()));
                            reload();
                        }),
                        () -> sign.setEnabled(true)));
        Div column = new Div(fields, error, sign);
        column.addClassName("form-column");
        form.add(column);
        return form;
    }
}
