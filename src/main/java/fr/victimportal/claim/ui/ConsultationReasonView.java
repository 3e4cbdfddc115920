package fr.victimportal.claim.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import fr.victimportal.claim.ClaimConsultations;
import fr.victimportal.claim.ClaimConsultations.Reason;
import fr.victimportal.shared.ui.ClaimPage;
import fr.victimportal.shared.ui.MainLayout;
import jakarta.annotation.security.RolesAllowed;

/** An agent says why they open a victim's claim; the reason goes to the audit trail and the victim sees it. */
@Route(value = "agent/motif/:reference", layout = MainLayout.class)
@RolesAllowed("AGENT")
public class ConsultationReasonView extends ClaimPage<Boolean> implements ConsultationGate.Exempt {

    private final ClaimConsultations consultations;
    /** Where the agent goes once the reason is given: the page they asked for. */
    private String next;

    public ConsultationReasonView(ClaimConsultations consultations) {
        super("consult.pageTitle");
        this.consultations = consultations;
        addClassName("portal-page");
    }

    /** Whether this agent must give a reason to open the claim. */
    @Override
    protected Boolean open(String reference) {
        return consultations.asksReason(reference);
    }

    @Override
    protected void enter(BeforeEnterEvent event, Boolean asksReason) {
        if (!asksReason) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        next = ConsultationGate.returnPath(
                event.getLocation()
                        .getQueryParameters()
                        .getSingleParameter("suite")
                        .orElse(null),
                reference());
        show(asksReason);
    }

    @Override
    protected void show(Boolean asksReason) {
        String reference = reference();
        removeAll();
        RadioButtonGroup<Reason> reason = new RadioButtonGroup<>(getTranslation("consult.reason.label"));
        reason.setItems(Reason.PHONE_CALL, Reason.EMAIL, Reason.FOLLOW_UP);
        reason.setItemLabelGenerator(r -> getTranslation("consult.reason." + r.name()));
        reason.setRequiredIndicatorVisible(true);
        reason.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        Button open = new Button(getTranslation("consult.open"));
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.addClickListener(e -> {
            if (reason.getValue() == null) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation("consult.reason.required"));
                return;
            }
            open.setEnabled(false);
            consultations.recordOpening(reference, reason.getValue());
            ConsultationGate.markSeen(reference);
            getUI().ifPresent(ui -> ui.navigate(next));
        });
        add(
                new H1(getTranslation("consult.title", reference)),
                new Paragraph(getTranslation("consult.intro")),
                reason,
                open);
    }
}
