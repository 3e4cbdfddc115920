package fr.victimportal.claim.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import fr.victimportal.claim.ClaimDeadlines;
import fr.victimportal.claim.ClaimInsurers;
import fr.victimportal.claim.ClaimService;
import fr.victimportal.claim.HeirOpenings;
import fr.victimportal.claim.model.ClaimFile;
import fr.victimportal.insurer.Insurers;
import fr.victimportal.shared.UserInputException;
import fr.victimportal.shared.ui.ClaimPage;
import fr.victimportal.shared.ui.MainLayout;
import fr.victimportal.shared.ui.Refusals;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The declaration wizard, five steps, each saved when the victim moves on, so a closed tab loses nothing. After
 * submission the same steps correct the declaration and each correction is kept in the history. Agents and
 * helpers see the same screens, read-only.
 */
@Route(value = "declaration/:reference?/:step?([0-5])", layout = MainLayout.class)
@RolesAllowed({"VICTIM", "AGENT", "HELPER"})
public class DeclarationView extends ClaimPage<ClaimFile> {

    static final List<String> STEPS = List.of("accident", "situation", "vehicles", "dates", "review");
    private final ClaimService claims;
    private final ClaimInsurers claimInsurers;
    private final Insurers insurers;
    private final ClaimDeadlines deadlines;
    private final HeirOpenings heirOpenings;
    private final Clock clock;
    private ClaimFile file;
    private int step;
    /** Sending was refused for want of an insurer: the field says so when step 3 opens. */
    private UserInputException missingInsurer;

    public DeclarationView(
            ClaimService claims,
            ClaimInsurers claimInsurers,
            Insurers insurers,
            ClaimDeadlines deadlines,
            HeirOpenings heirOpenings,
            Clock clock) {
        super("claim.wizard.title");
        this.claims = claims;
        this.claimInsurers = claimInsurers;
        this.insurers = insurers;
        this.deadlines = deadlines;
        this.heirOpenings = heirOpenings;
        this.clock = clock;
        addClassNames("portal-page", "declaration");
    }

    /** The claim of the reference; none for a bare "declaration", which starts or resumes one. */
    @Override
    protected ClaimFile open(String reference) {
        return reference == null ? null : VictimOnly.open(claims, reference);
    }

    @Override
    protected void enter(BeforeEnterEvent event, ClaimFile opened) {
        if (opened == null) {
            event.forwardTo("declaration/" + claims.startOrResumeDeclaration());
            return;
        }
        file = opened;
        int requested = event.getRouteParameters().getInteger("step").orElse(file.submitted() ? 5 : file.wizardStep());
        step = file.submitted() ? requested : Math.min(requested, file.wizardStep());
        if (!file.submitted() && file.editable() && !file.declarantAsked()) {
            step = 0; // who fills in the claim is asked before anything else
        }
        if (step == 0 && !file.editable()) {
            step = 1;
        }
        render();
    }

    @Override
    protected void show(ClaimFile opened) {
        file = opened;
        render();
    }

    private void render() {
        removeAll();
        add(new H1(getTranslation(
                file.submitted() ? "claim.wizard.titleCorrect" : Voice.key(file, "claim.wizard.title"))));
        if (step == 0) {
            renderDeclarant();
            return;
        }
        add(new StepIndicator(file, step));
        if (!file.editable()) {
            add(new Paragraph(getTranslation("claim.wizard.readOnly", file.ownerName())));
        } else {
            add(declarantLine());
        }
        String stepKey = "claim.step." + STEPS.get(step - 1);
        add(new H2(getTranslation(step == 2 ? Voice.key(file, stepKey) : stepKey)));
        if (step == 5) {
            add(new ReviewPanel(
                    file,
                    claimInsurers
                            .handling(file.reference())
                            .map(i -> i.label(getTranslation("insurer.fictitious")))
                            .orElse("")));
            if (!file.representation().heir()
                    && (file.byRepresentative() || RepresentationPanel.minorOn(file, LocalDate.now(clock)))) {
                // L211-15: who represents the victim, and the judge's authorisation, before sending, not after
                add(new RepresentationPanel(file));
            }
            add(new LiabilityPanel(file), reviewButtons());
            return;
        }
        DeclarationStep<?> form = form();
        form.show(file);
        form.setEditable(file.editable());
        add(form);
        InsurerChoice choice = null;
        if (form instanceof VehiclesStep vehicles) {
            // the insurer the claim is addressed to reads best right after the vehicles and their insurers
            InsurerChoice c = new InsurerChoice(
                    insurers, file, deadlines.responsibleOf(file), claimInsurers.handling(file.reference()));
            vehicles.onInsurerTyped(() -> c.suggestFrom(vehicles.typed()));
            if (missingInsurer != null) {
                c.showError(missingInsurer);
                missingInsurer = null;
            }
            add(c);
            choice = c;
        }
        add(stepButtons(form, choice));
    }

    /** Step 0: who fills in the claim; the answer words every later screen. */
    private void renderDeclarant() {
        add(new H2(getTranslation("declarant.title")), new Paragraph(getTranslation("declarant.intro")));
        DeclarantForm form = new DeclarantForm(file.representation());
        if (!file.declarantAsked()) {
            form.unanswered();
        }
        Button next = new Button(getTranslation("claim.wizard.saveNext"));
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Refusals refusals = Refusals.of(this).fieldsOf(form::showError);
        next.addClickListener(e -> form.read().ifPresent(chosen -> {
            if (chosen.heir()) {
                // issue 24: a relative or heir of a victim who died gives the death and its certificate first
                UI.getCurrent().navigate("dossier/" + file.reference() + "/deces");
                return;
            }
            try {
                refusals.attempt(() -> {
                    boolean wasHeir = file.representation().heir() && !file.submitted();
                    claims.saveDeclarant(file.reference(), file.version(), chosen);
                    if (wasHeir) {
                        HeirWithdrawnNotice.show();
                    }
                    go(1);
                });
            } catch (OptimisticLockingFailureException changedElsewhere) {
                StaleWarning.show();
            }
        }));
        Div buttons = new Div(next);
        buttons.addClassName("wizard-buttons");
        add(form, buttons);
    }

    /** "Filled in by: …", with the way to change it. */
    private Component declarantLine() {
        var r = file.representation();
        String who = r.represented()
                ? getTranslation(
                        "declarant.line.rep",
                        getTranslation("declarant.who." + r.role().name()),
                        r.representedName())
                : getTranslation("declarant.line.self");
        Paragraph line = new Paragraph(who + " ");
        line.addClassName("declarant-line");
        line.add(new Anchor("declaration/" + file.reference() + "/0", getTranslation("declarant.change")));
        return line;
    }

    private DeclarationStep<?> form() {
        BiFunction<Clock, ClaimFile, DeclarationStep<?>> factory = switch (step) {
            case 1 -> AccidentStep::new;
            case 2 -> SituationStep::new;
            case 3 -> VehiclesStep::new;
            default -> DatesStep::new;
        };
        return factory.apply(clock, file);
    }

    private Component stepButtons(DeclarationStep<?> form, InsurerChoice choice) {
        Div buttons = new Div();
        buttons.addClassName("wizard-buttons");
        if (step > 1) {
            buttons.add(new Button(getTranslation("claim.wizard.back"), e -> go(step - 1)));
        }
        if (file.editable()) {
            Button next = new Button(getTranslation("claim.wizard.saveNext"), e -> saveAndContinue(form, choice));
            next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            next.setDisableOnClick(true);
            next.addClickListener(e -> next.setEnabled(true));
            buttons.add(next);
        } else {
            buttons.add(new Button(getTranslation("claim.wizard.next"), e -> go(step + 1)));
        }
        return buttons;
    }

    private void saveAndContinue(DeclarationStep<?> form, InsurerChoice choice) {
        try {
            Refusals refusals = Refusals.of(this);
            if (choice != null) {
                refusals.fieldsOf(choice::showError);
            }
            refusals.fieldsOf(form::showError)
                    .attempt(() -> form.save(claims, file)
                            .map(version -> choose(choice, version))
                            .ifPresent(version -> {
                                if (file.submitted()) {
                                    Notification.show(getTranslation("claim.wizard.corrected"));
                                }
                                go(step + 1);
                            }));
        } catch (OptimisticLockingFailureException changedElsewhere) {
            StaleWarning.show();
        }
    }

    /** Addresses the claim to the insurer chosen under the vehicles, when it changed; returns the new version. */
    private long choose(InsurerChoice choice, long version) {
        if (choice == null || !choice.changeable()) {
            return version;
        }
        return choice.value()
                .filter(chosen -> file.handlingInsurerId() == null || chosen.id() != file.handlingInsurerId())
                .map(chosen -> claimInsurers.choose(file.reference(), version, chosen.id()))
                .orElse(version);
    }

    private Component reviewButtons() {
        Div buttons = new Div();
        buttons.addClassName("wizard-buttons");
        buttons.add(new Button(getTranslation("claim.wizard.back"), e -> go(4)));
        if (file.submitted() || !file.editable()) {
            buttons.add(new Button(
                    getTranslation("claim.wizard.toDashboard"),
                    e -> UI.getCurrent().navigate("dossier/" + file.reference())));
        } else {
            Button submit = new Button(getTranslation("claim.wizard.submit"), e -> submit());
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            submit.setDisableOnClick(true);
            buttons.add(submit);
        }
        return buttons;
    }

    private void submit() {
        Refusals refusals = Refusals.of(this).then(refusal -> {
            if ("insurer".equals(refusal.field())) {
                missingInsurer = refusal;
            }
            if (file.representation().heir() && HEIR_FIELDS.contains(refusal.field())) {
                UI.getCurrent().navigate("dossier/" + file.reference() + "/deces");
            } else if (refusal.field() != null) {
                go(stepOf(refusal.field()));
            }
        });
        try {
            refusals.attempt(() -> {
                if (file.representation().heir()) {
                    heirOpenings.submit(file.reference(), file.version()); // the death and the heir's part with it
                } else {
                    claims.submit(file.reference(), file.version());
                }
                Notification.show(getTranslation("claim.wizard.submitted"));
                UI.getCurrent().navigate("dossier/" + file.reference());
            });
        } catch (OptimisticLockingFailureException changedElsewhere) {
            StaleWarning.show();
        }
    }

    /** What the heir declared on their first page (issue 24): a refusal of it sends them back there. */
    private static final Set<String> HEIR_FIELDS = Set.of("diedOn", "fromAccident", "role");

    static int stepOf(String field) {
        return switch (field) {
            case "representedName", "role" -> 0;
            case "birthDate", "driverResponsibility", "driverGuarantee", "guaranteeCap", "guaranteeThresholdPct" -> 2;
            case "vehicles", "insurer" -> 3;
            default -> 1;
        };
    }

    private void go(int target) {
        UI.getCurrent().navigate("declaration/" + file.reference() + "/" + target);
    }
}
