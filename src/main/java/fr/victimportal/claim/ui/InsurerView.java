package fr.victimportal.claim.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import fr.victimportal.claim.ClaimInsurers;
import fr.victimportal.claim.ClaimNotFoundException;
import fr.victimportal.claim.ClaimService;
import fr.victimportal.claim.model.ClaimFile;
import fr.victimportal.claim.model.Relation;
import fr.victimportal.insurer.InsurerRef;
import fr.victimportal.insurer.Insurers;
import fr.victimportal.shared.ui.ClaimPage;
import fr.victimportal.shared.ui.MainLayout;
import fr.victimportal.shared.ui.Refusals;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Who handles the claim, and what may be done about it: the owner addresses it to another insurer while the one
 * chosen has not acted; the handling insurer's agent transfers it, with the reason, after a confirmation. Its own page,
 * reached from the dashboard's card, so that the dashboard does not load the insurer search, the text area and the
 * confirm dialog. Anyone else who reads the claim (a caseworker, a relative) has nothing to do here: "not found".
 */
@Route(value = "dossier/:reference/assureur", layout = MainLayout.class)
@RolesAllowed({"VICTIM", "AGENT"})
public class InsurerView extends ClaimPage<ClaimFile> {

    static final String QUEUE = "agent/dossiers";

    private final ClaimService claims;
    private final ClaimInsurers claimInsurers;
    private final Insurers insurers;

    public InsurerView(ClaimService claims, ClaimInsurers claimInsurers, Insurers insurers) {
        super("claim.insurer.page.title");
        this.claims = claims;
        this.claimInsurers = claimInsurers;
        this.insurers = insurers;
        addClassNames("portal-page", "insurer-page");
    }

    @Override
    protected ClaimFile open(String reference) {
        ClaimFile file = claims.open(reference);
        if (file.viewer() != Relation.OWNER && file.viewer() != Relation.AGENT) {
            throw new ClaimNotFoundException(reference);
        }
        return file;
    }

    @Override
    protected void enter(BeforeEnterEvent event, ClaimFile file) {
        if (!file.submitted()) {
            // before it is sent, the insurer is chosen in the declaration, as the dashboard forwards there
            event.forwardTo("declaration/" + file.reference());
            return;
        }
        show(file);
    }

    @Override
    protected void show(ClaimFile file) {
        removeAll();
        Optional<InsurerRef> handling = claimInsurers.handling(file.reference());
        add(new H1(getTranslation("claim.insurer.page.heading", file.reference())));
        Section section = new Section(InsurerPanel.handlingLine(this, file, handling));
        section.addClassNames("card", "handling-insurer");
        add(section);
        if (file.viewer() == Relation.AGENT) {
            section.add(transferForm(file, handling.map(InsurerRef::id).orElse(null)));
        } else if (file.insurerActed()) {
            section.add(
                    new Paragraph(getTranslation("claim.insurer.panel.acted", InsurerPanel.nameOf(this, handling))));
        } else {
            section.add(changeForm(file));
        }
        add(new Paragraph(new Anchor("dossier/" + file.reference(), getTranslation("mandate.back"))));
    }

    /** The owner addresses the claim to another insurer, while the one chosen has not acted. */
    private Div changeForm(ClaimFile file) {
        InsurerCombo combo = new InsurerCombo(insurers, getTranslation("claim.insurer.panel.other"), null);
        Button change = new Button(getTranslation("claim.insurer.panel.change"));
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Refusals refusals = Refusals.of(this).otherwiseOn(combo);
        change.addClickListener(e -> {
            if (combo.getValue() == null) {
                combo.setErrorMessage(getTranslation("claim.insurer.error.unknown"));
                combo.setInvalid(true);
                return;
            }
            try {
                refusals.attempt(() -> {
                    claimInsurers.choose(
                            file.reference(), file.version(), combo.getValue().id());
                    Notification.show(getTranslation("claim.insurer.panel.changed"));
                    UI.getCurrent().navigate("dossier/" + file.reference());
                });
            } catch (OptimisticLockingFailureException changedElsewhere) {
                StaleWarning.show();
            }
        });
        return form(
                "insurer-change",
                "claim.insurer.panel.changeTitle",
                "claim.insurer.panel.changeHelp",
                combo,
                new Div(change));
    }

    /** The handling insurer's agent hands the claim to another insurer, with the reason, after confirming. */
    private Div transferForm(ClaimFile file, Long current) {
        InsurerCombo to = new InsurerCombo(insurers, getTranslation("claim.transfer.to"), current);
        TextArea reason = new TextArea(getTranslation("claim.transfer.reason"));
        reason.setHelperText(getTranslation("claim.transfer.reason.help"));
        reason.setMaxLength(500);
        reason.setWidthFull();
        Button transfer = new Button(getTranslation("claim.transfer.button"));
        transfer.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Refusals refusals = Refusals.of(this);
        refusals.field("insurer", to);
        refusals.field("reason", reason);
        transfer.addClickListener(e -> {
            refusals.clear();
            if (to.getValue() == null) {
                to.setErrorMessage(getTranslation("claim.insurer.error.unknown"));
                to.setInvalid(true);
                return;
            }
            String target = to.getValue().label(getTranslation("insurer.fictitious"));
            ConfirmDialog confirm = new ConfirmDialog(
                    getTranslation("claim.transfer.confirm.title"),
                    getTranslation("claim.transfer.confirm.text", file.reference(), target),
                    getTranslation("claim.transfer.confirm.yes"),
                    ok -> transfer(file, refusals, to.getValue(), reason.getValue()));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("claim.transfer.confirm.no"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        });
        return form("insurer-transfer", "claim.transfer.title", "claim.transfer.help", to, reason, new Div(transfer));
    }

    private Div form(String className, String titleKey, String helpKey, Component... fields) {
        Div form = new Div(new H2(getTranslation(titleKey)), new Paragraph(getTranslation(helpKey)));
        form.add(fields);
        form.addClassName(className);
        return form;
    }

    private void transfer(ClaimFile file, Refusals refusals, InsurerRef to, String reason) {
        try {
            refusals.attempt(() -> {
                claimInsurers.transfer(file.reference(), to.id(), reason);
                Notification.show(getTranslation(
                        "claim.transfer.done", file.reference(), to.label(getTranslation("insurer.fictitious"))));
                UI.getCurrent().navigate(QUEUE);
            });
        } catch (ClaimNotFoundException alreadyGone) {
            // a second click, or another agent transferred it first: the claim is no longer this insurer's
            Notification.show(getTranslation("claim.transfer.gone", file.reference()));
            UI.getCurrent().navigate(QUEUE);
        }
    }
}
