package fr.victimportal.family.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import fr.victimportal.claim.ClaimNotFoundException;
import fr.victimportal.claim.ClaimService;
import fr.victimportal.claim.HeirOpenings;
import fr.victimportal.claim.model.ClaimFile;
import fr.victimportal.claim.model.KinLink;
import fr.victimportal.claim.model.YesNoUnknown;
import fr.victimportal.family.DeathRecording;
import fr.victimportal.family.HeirDeclaration;
import fr.victimportal.medical.StagedFiles;
import fr.victimportal.medical.UploadStaging;
import fr.victimportal.shared.UserInputException;
import fr.victimportal.shared.ui.ClaimPage;
import fr.victimportal.shared.ui.Fields;
import fr.victimportal.shared.ui.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The first page of a claim opened by a relative or heir of a victim who died (issue 24; the wizard's step 0 sends
 * them here): the deceased's name, the heir's own link to them, the date and cause of death and the death certificate.
 * Saved together or not at all; the wizard's steps then speak of the deceased. The death is recorded when the claim is
 * sent, and the insurer's offer then goes to the heirs (C. assur. L211-9 al. 2, R211-30).
 */
@Route(value = "dossier/:reference/deces", layout = MainLayout.class)
@RolesAllowed("VICTIM")
public class HeirOpeningView extends ClaimPage<HeirOpeningView.Page> {

    private final ClaimService claims;
    private final HeirOpenings openings;
    private final HeirDeclaration declaration;
    private final UploadStaging staging;
    private final Clock clock;
    private DeathRecording.Proof proof;

    /** The owner's draft and what was declared on it before, if anything. */
    public record Page(ClaimFile file, Optional<HeirOpenings.Opening> before) {}

    public HeirOpeningView(
            ClaimService claims,
            HeirOpenings openings,
            HeirDeclaration declaration,
            UploadStaging staging,
            Clock clock) {
        super("heir.opening.title");
        this.claims = claims;
        this.openings = openings;
        this.declaration = declaration;
        this.staging = staging;
        this.clock = clock;
        addClassNames("portal-page", "heir-opening");
    }

    /** Only the owner's unsent draft: anything else is "not found", like a claim that is not theirs. */
    @Override
    protected Page open(String reference) {
        ClaimFile file = claims.open(reference);
        if (!file.editable() || file.submitted()) {
            throw new ClaimNotFoundException(reference);
        }
        return new Page(file, openings.opening(reference));
    }

    @Override
    protected void show(Page page) {
        removeAll();
        proof = null;
        LocalDate today = LocalDate.now(clock);
        String reference = page.file().reference();
        add(new H1(getTranslation("heir.opening.title")));
        add(new Paragraph(getTranslation("heir.opening.lead")));
        add(new Paragraph(getTranslation("heir.opening.law")));
        TextField name = new TextField(getTranslation("heir.opening.name"));
        name.setMaxLength(120);
        name.setWidthFull();
        RadioButtonGroup<KinLink> link = new RadioButtonGroup<>(getTranslation("heir.opening.link"));
        link.setItems(KinLink.values());
        link.setItemLabelGenerator(k -> getTranslation("family.link." + k.name()));
        link.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        DatePicker date = Fields.datePicker(getTranslation("family.death.date"), today);
        RadioButtonGroup<YesNoUnknown> cause = new RadioButtonGroup<>(getTranslation("family.death.cause"));
        cause.setItems(YesNoUnknown.values());
        cause.setItemLabelGenerator(v -> getTranslation("family.death.cause." + v.name()));
        Paragraph proofName = new Paragraph(
                getTranslation(page.before().isPresent() ? "heir.opening.proof.kept" : "family.death.proof.none"));
        proofName.addClassName("proof-name");
        page.before().ifPresent(b -> {
            name.setValue(b.deceasedName());
            link.setValue(b.link());
            date.setValue(b.diedOn());
            cause.setValue(b.fromAccident());
        });
        Paragraph error = new Paragraph();
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        UI ui = UI.getCurrent();
        StagedFiles session = DeathForm.staged();
        UploadHandler handler = event -> {
            UploadStaging.Reception r =
                    staging.receive(reference, session, event.getFileName(), event.getInputStream());
            ui.access(() -> {
                if (r.received()) {
                    proof = new DeathRecording.Proof(r.name(), r.file());
                    proofName.setText(getTranslation("family.death.proof.chosen", r.name()));
                } else {
                    error.setText(getTranslation(r.refusalKey(), r.refusalArguments()));
                }
            });
        };
        Upload upload = new ProofUpload(handler);
        upload.getElement().setAttribute("aria-label", getTranslation("family.death.proof"));
        Button next = new Button(getTranslation("claim.wizard.saveNext"));
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClickListener(e -> {
            error.setText("");
            name.setInvalid(false);
            date.setInvalid(false);
            link.setInvalid(false);
            cause.setInvalid(false);
            try {
                declaration.declare(
                        reference,
                        page.file().version(),
                        new HeirDeclaration.Declared(
                                name.getValue(), link.getValue(), date.getValue(), cause.getValue(), proof),
                        getTranslation("family.death.proof.title"));
                ui.navigate("declaration/" + reference + "/1");
            } catch (UserInputException refused) {
                String text = getTranslation(refused.messageKey(), refused.arguments());
                switch (refused.field() == null ? "" : refused.field()) {
                    case "representedName" -> mark(name, text);
                    case "diedOn", "victimDied" -> mark(date, text);
                    case "link" -> {
                        link.setErrorMessage(text);
                        link.setInvalid(true);
                    }
                    case "fromAccident" -> {
                        cause.setErrorMessage(text);
                        cause.setInvalid(true);
                    }
                    default -> {}
                }
                error.setText(text);
            } catch (OptimisticLockingFailureException changedElsewhere) {
                error.setText(getTranslation("claim.error.stale"));
            }
        });
        Div buttons = new Div(next);
        buttons.addClassName("wizard-buttons");
        add(
                name,
                link,
                new H2(getTranslation("family.death.title")),
                date,
                cause,
                new Paragraph(getTranslation("family.death.proof")),
                upload,
                proofName,
                error,
                buttons,
                new Anchor("declaration/" + reference + "/0", getTranslation("heir.opening.back")));
    }

    private static void mark(HasValidation field, String text) {
        field.setErrorMessage(text);
        field.setInvalid(true);
    }
}
