package fr.victimportal.claim.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import fr.victimportal.claim.ClaimInsurers;
import fr.victimportal.claim.ClaimNotFoundException;
import fr.victimportal.claim.model.ClaimFile;
import fr.victimportal.claim.model.Relation;
import fr.victimportal.insurer.InsurerKind;
import fr.victimportal.insurer.InsurerRef;
import fr.victimportal.insurer.Insurers;
import fr.victimportal.shared.ui.Refusals;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * On the dashboard: which insurer handles the claim. The owner may address it to another until that insurer has acted;
 * from then on the page says that only the insurer can transfer it. An agent of the handling insurer transfers it
 * here, with the reason, after a confirmation.
 */
class InsurerPanel extends Section {

    static final String QUEUE = "agent/dossiers";

    private final ClaimFile file;
    private final Insurers insurers;
    private final ClaimInsurers claimInsurers;

    /** @param reload opens the claim again and rebuilds the dashboard, after the owner changed the insurer */
    InsurerPanel(
            ClaimFile file,
            Optional<InsurerRef> handling,
            Insurers insurers,
            ClaimInsurers claimInsurers,
            Runnable reload) {
        this.file = file;
        this.insurers = insurers;
        this.claimInsurers = claimInsurers;
        addClassNames("card", "handling-insurer");
        add(new H2(getTranslation("claim.insurer.panel.title")));
        String name =
                handling.map(i -> i.label(getTranslation("insurer.fictitious"))).orElse("");
        // the owner reads "your claim"; an agent or a caseworker reads "this claim"
        String reader = file.viewer() == Relation.OWNER ? "" : ".other";
        Paragraph line = new Paragraph(
                handling.isEmpty()
                        ? getTranslation("claim.insurer.panel.none" + reader)
                        : getTranslation(
                                (handling.get().kind() == InsurerKind.FUND
                                                ? "claim.insurer.panel.fund"
                                                : "claim.insurer.panel.insurer")
                                        + reader,
                                name));
        line.addClassName("handling-insurer-name");
        add(line);
        if (file.viewer() == Relation.OWNER) {
            if (file.insurerActed()) {
                add(new Paragraph(getTranslation("claim.insurer.panel.acted", name)));
            } else {
                add(changeForm(reload));
            }
        } else if (file.viewer() == Relation.AGENT) {
            add(transferForm(handling.map(InsurerRef::id).orElse(null)));
        }
    }

    /** The owner addresses the claim to another insurer, while the one chosen has not acted. */
    private Details changeForm(Runnable reload) {
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
                    reload.run();
                });
            } catch (OptimisticLockingFailureException changedElsewhere) {
                StaleWarning.show();
            }
        });
        Details details = new Details(getTranslation("claim.insurer.panel.changeTitle"));
        details.add(new Paragraph(getTranslation("claim.insurer.panel.changeHelp")), combo, change);
        details.addClassName("insurer-change");
        return details;
    }

    /** The handling insurer's agent hands the claim to another insurer, with the reason, after confirming. */
    private Details transferForm(Long current) {
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
                    ok -> transfer(refusals, to.getValue(), reason.getValue()));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("claim.transfer.confirm.no"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        });
        Details details = new Details(getTranslation("claim.transfer.title"));
        details.add(new Paragraph(getTranslation("claim.transfer.help")), to, reason, new Div(transfer));
        details.addClassName("insurer-transfer");
        return details;
    }

    private void transfer(Refusals refusals, InsurerRef to, String reason) {
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
