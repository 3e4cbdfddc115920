package fr.victimportal.claim.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import fr.victimportal.claim.ClaimService;
import fr.victimportal.claim.model.ClaimFile;
import fr.victimportal.claim.model.Relation;
import fr.victimportal.shared.ui.ClaimPage;
import fr.victimportal.shared.ui.MainLayout;
import fr.victimportal.shared.ui.Refusals;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The facts that move the insurer's offer deadlines, recorded or corrected after the declaration was sent, by the
 * victim or by an insurer agent; each change goes to the claim's history and re-plans the reminders.
 */
@Route(value = "dossier/:reference/faits", layout = MainLayout.class)
@RolesAllowed({"VICTIM", "AGENT"})
public class ProcedureFactsView extends ClaimPage<ClaimFile> {

    private final ClaimService claims;
    private final Clock clock;

    public ProcedureFactsView(ClaimService claims, Clock clock) {
        super("claim.facts.title");
        this.claims = claims;
        this.clock = clock;
        addClassName("portal-page");
    }

    @Override
    protected ClaimFile open(String reference) {
        return claims.open(reference);
    }

    @Override
    protected void enter(BeforeEnterEvent event, ClaimFile file) {
        if (!file.submitted()) {
            event.forwardTo("declaration/" + file.reference() + "/4");
            return;
        }
        show(file);
    }

    @Override
    protected void show(ClaimFile file) {
        removeAll();
        boolean editable = file.editable() || file.viewer() == Relation.AGENT;
        ProcedureFactsForm form = new ProcedureFactsForm(file, LocalDate.now(clock));
        form.setEditable(editable);
        add(new H1(getTranslation("claim.facts.pageTitle", file.reference())), form);
        if (editable) {
            Button save = new Button(getTranslation("claim.facts.save"));
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Refusals refusals = Refusals.of(this).fieldsOf(form::showError);
            save.addClickListener(e -> form.read().ifPresent(facts -> {
                try {
                    refusals.attempt(() -> {
                        claims.saveProcedureFacts(file.reference(), file.version(), facts);
                        Notification.show(getTranslation("claim.wizard.corrected"));
                        getUI().ifPresent(ui -> ui.navigate("dossier/" + file.reference()));
                    });
                } catch (OptimisticLockingFailureException changedElsewhere) {
                    StaleWarning.show();
                }
            }));
            add(save);
        }
        add(new Anchor("dossier/" + file.reference(), getTranslation("mandate.back")));
    }
}
