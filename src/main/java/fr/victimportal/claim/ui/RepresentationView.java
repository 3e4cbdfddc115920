package fr.victimportal.claim.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import fr.victimportal.claim.model.ClaimFile;
import fr.victimportal.claim.ClaimNotFoundException;
import fr.victimportal.claim.ClaimService;
import fr.victimportal.shared.UserInputException;
import fr.victimportal.shared.ui.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** The owner says whether they hold the claim for a minor or a protected adult, and in what capacity (L211-15). */
@Route(value = "dossier/:reference/representation", layout = MainLayout.class)
@RolesAllowed("VICTIM")
public class RepresentationView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ClaimService claims;

    public RepresentationView(ClaimService claims) {
        this.claims = claims;
        addClassName("portal-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ClaimFile file;
        try {
            file = claims.open(event.getRouteParameters().get("reference").orElse(null));
        } catch (ClaimNotFoundException notYours) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        if (!file.editable()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(file);
    }

    private void show(ClaimFile file) {
        removeAll();
        DeclarantForm form = new DeclarantForm(file.representation());
        Button save = new Button(getTranslation("representation.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.addClickListener(e -> {
            var chosen = form.read();
            if (chosen.isEmpty()) {
                save.setEnabled(true);
                return;
            }
            try {
                claims.saveDeclarant(file.reference(), file.version(), chosen.get());
                Notification.show(getTranslation("representation.saved"));
                getUI().ifPresent(ui -> ui.navigate("dossier/" + file.reference()));
            } catch (UserInputException refusal) {
                form.showError(refusal);
                save.setEnabled(true);
            } catch (ObjectOptimisticLockingFailureException changedElsewhere) {
                Notification.show(getTranslation("claim.error.stale"));
                show(claims.open(file.reference()));
            }
        });
        add(new H1(getTranslation("representation.title")), new Paragraph(getTranslation("representation.intro")),
                form, save, new Anchor("dossier/" + file.reference(), getTranslation("mandate.back")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("representation.title") + " · " + getTranslation("app.name");
    }
}
