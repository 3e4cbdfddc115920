package fr.victimportal.claim.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import fr.victimportal.claim.ClaimConsultations;
import fr.victimportal.claim.ClaimConsultations.Reason;
import fr.victimportal.claim.ClaimNotFoundException;
import fr.victimportal.shared.ui.MainLayout;
import jakarta.annotation.security.RolesAllowed;

/** An agent says why they open a victim's claim; the reason goes to the audit trail and the victim sees it. */
@Route(value = "agent/motif/:reference", layout = MainLayout.class)
@RolesAllowed("AGENT")
public class ConsultationReasonView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ClaimConsultations consultations;

    public ConsultationReasonView(ClaimConsultations consultations) {
        this.consultations = consultations;
        addClassName("portal-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String reference = event.getRouteParameters().get("reference").orElse(null);
        try {
            if (!consultations.asksReason(reference)) {
                event.rerouteToError(NotFoundException.class);
                return;
            }
        } catch (ClaimNotFoundException notFound) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        String next = ConsultationGate.returnPath(event.getLocation().getQueryParameters().getSingleParameter("suite")
                .orElse(null), reference);
        removeAll();
        RadioButtonGroup<Reason> reason = new RadioButtonGroup<>(getTranslation("consult.reason.label"));
        reason.setItems(Reason.PHONE_CALL, Reason.EMAIL, Reason.FOLLOW_UP);
        reason.setItemLabelGenerator(r -> getTranslation("consult.reason." + r.name()));
        reason.setRequiredIndicatorVisible(true);
        reason.addThemeVariants(com.vaadin.flow.component.radiobutton.RadioGroupVariant.LUMO_VERTICAL);
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
        add(new H1(getTranslation("consult.title", reference)), new Paragraph(getTranslation("consult.intro")),
                reason, open);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("consult.pageTitle") + " · " + getTranslation("app.name");
    }
}
