package fr.victimportal.claim.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import fr.victimportal.claim.ClaimService;
import fr.victimportal.claim.model.ClaimFile;
import fr.victimportal.shared.ui.ClaimPage;
import fr.victimportal.shared.ui.MainLayout;
import fr.victimportal.shared.ui.Refusals;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** The owner says whether they hold the claim for a minor or a protected adult, and in what capacity (L211-15). */
@Route(value = "dossier/:reference/representation", layout = MainLayout.class)
@RolesAllowed("VICTIM")
public class RepresentationView extends ClaimPage<ClaimFile> {

    private final ClaimService claims;

    public RepresentationView(ClaimService claims) {
        super("representation.title");
        this.claims = claims;
        addClassName("portal-page");
    }

    @Override
    protected ClaimFile open(String reference) {
        return claims.open(reference);
    }

    @Override
    protected void enter(BeforeEnterEvent event, ClaimFile file) {
        if (!file.editable()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(file);
    }

    @Override
    protected void show(ClaimFile file) {
        removeAll();
        DeclarantForm form = new DeclarantForm(file.representation());
        Button save = new Button(getTranslation("representation.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        Refusals refusals = Refusals.of(this).fieldsOf(form::showError).reenabling(save);
        save.addClickListener(e -> {
            var chosen = form.read();
            if (chosen.isEmpty()) {
                save.setEnabled(true);
                return;
            }
            try {
                refusals.attempt(() -> {
                    claims.saveDeclarant(file.reference(), file.version(), chosen.get());
                    Notification.show(getTranslation("representation.saved"));
                    if (file.representation().heir() && !chosen.get().heir() && !file.submitted()) {
                        HeirWithdrawnNotice.show();
                    }
                    getUI().ifPresent(ui -> ui.navigate("dossier/" + file.reference()));
                });
            } catch (ObjectOptimisticLockingFailureException changedElsewhere) {
                Notification.show(getTranslation("claim.error.stale"));
                show(claims.open(file.reference()));
            }
        });
        add(
                new H1(getTranslation("representation.title")),
                new Paragraph(getTranslation("representation.intro")),
                form,
                save,
                new Anchor("dossier/" + file.reference(), getTranslation("mandate.back")));
    }
}
