package fr.victimportal.claim.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import fr.victimportal.claim.ClaimFile;
import fr.victimportal.claim.ClaimNotFoundException;
import fr.victimportal.claim.ClaimService;
import fr.victimportal.claim.Representation;
import fr.victimportal.shared.UserInputException;
import fr.victimportal.shared.ui.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** The owner says whether they hold the claim for a minor or a protected adult, and in what capacity (L211-15). */
@Route(value = "dossier/:reference/representation", layout = MainLayout.class)
@RolesAllowed("VICTIM")
public class RepresentationView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** "Myself" in the radio group (a null item is not allowed there). */
    private enum Holder {
        SELF, MINOR, PROTECTED_ADULT
    }

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
        Representation current = file.representation();
        RadioButtonGroup<Holder> holder = new RadioButtonGroup<>(getTranslation("representation.holder"));
        holder.setItems(Holder.values());
        holder.setItemLabelGenerator(h -> getTranslation("representation.holder." + h.name()));
        holder.addThemeVariants(com.vaadin.flow.component.radiobutton.RadioGroupVariant.LUMO_VERTICAL);
        holder.setValue(current.represented() ? Holder.valueOf(current.person().name()) : Holder.SELF);
        TextField name = new TextField(getTranslation("representation.name"));
        name.setMaxLength(120);
        name.setValue(current.representedName() == null ? "" : current.representedName());
        Select<Representation.Role> role = new Select<>();
        role.setLabel(getTranslation("representation.role"));
        role.setItems(Representation.Role.values());
        role.setItemLabelGenerator(r -> getTranslation("representation.role." + r.name()));
        role.setValue(current.role());
        Div details = new Div(name, role);
        details.addClassName("form-column");
        details.setVisible(holder.getValue() != Holder.SELF);
        holder.addValueChangeListener(e -> details.setVisible(e.getValue() != Holder.SELF));
        Button save = new Button(getTranslation("representation.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.addClickListener(e -> {
            name.setInvalid(false);
            role.setInvalid(false);
            Representation chosen = holder.getValue() == Holder.SELF || holder.getValue() == null
                    ? Representation.NONE
                    : new Representation(Representation.Person.valueOf(holder.getValue().name()), name.getValue(),
                            role.getValue());
            try {
                claims.saveRepresentation(file.reference(), file.version(), chosen);
                Notification.show(getTranslation("representation.saved"));
                getUI().ifPresent(ui -> ui.navigate("dossier/" + file.reference()));
            } catch (UserInputException refusal) {
                String message = getTranslation(refusal.messageKey(), refusal.arguments());
                if ("role".equals(refusal.field())) {
                    role.setErrorMessage(message);
                    role.setInvalid(true);
                } else {
                    name.setErrorMessage(message);
                    name.setInvalid(true);
                }
                save.setEnabled(true);
            } catch (ObjectOptimisticLockingFailureException changedElsewhere) {
                Notification.show(getTranslation("claim.error.stale"));
                show(claims.open(file.reference()));
            }
        });
        add(new H1(getTranslation("representation.title")), new Paragraph(getTranslation("representation.intro")),
                holder, details, new Paragraph(getTranslation("representation.judge")), save,
                new Anchor("dossier/" + file.reference(), getTranslation("mandate.back")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("representation.title") + " · " + getTranslation("app.name");
    }
}
