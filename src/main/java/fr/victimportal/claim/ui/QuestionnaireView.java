package fr.victimportal.claim.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.Route;
import fr.victimportal.claim.ClaimDeadlines;
import fr.victimportal.claim.ClaimService;
import fr.victimportal.claim.model.ClaimFile;
import fr.victimportal.claim.model.PlannedDocument;
import fr.victimportal.claim.model.QuestionnaireAnswers;
import fr.victimportal.claim.model.SocialSecurityScheme;
import fr.victimportal.deadline.DeadlineCode;
import fr.victimportal.shared.Formats;
import fr.victimportal.shared.ui.ClaimPage;
import fr.victimportal.shared.ui.Fields;
import fr.victimportal.shared.ui.MainLayout;
import fr.victimportal.shared.ui.Refusals;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.dao.OptimisticLockingFailureException;

/** The R211-37 questionnaire: what the insurer may ask, answered at the victim's pace, with its 6-week date. */
@Route(value = "dossier/:reference/questionnaire", layout = MainLayout.class)
@RolesAllowed({"VICTIM", "AGENT", "HELPER"})
public class QuestionnaireView extends ClaimPage<ClaimFile> {

    /** Fields that get a line of help under them (keys questionnaire.NAME.help). */
    static final Set<String> WITH_HELP =
            Set.of("monthlyNetIncome", "injuries", "healthFund", "nir", "thirdPartyPayers");
    /** Labels about the victim's own situation, spoken of as "the victim's" when a representative fills in. */
    static final Set<String> VOICED = Set.of("injuries", "dependants", "thirdPartyPayers");

    private final ClaimService claims;
    private final ClaimDeadlines deadlines;
    private final Clock clock;
    private final Binder<QuestionnaireAnswers> binder = new Binder<>(QuestionnaireAnswers.class);
    private final Refusals refusals = Refusals.of(this);
    private ClaimFile file;
    private DatePicker sentOn;

    public QuestionnaireView(ClaimService claims, ClaimDeadlines deadlines, Clock clock) {
        super("questionnaire.title");
        this.claims = claims;
        this.deadlines = deadlines;
        this.clock = clock;
        addClassName("portal-page");
    }

    @Override
    protected ClaimFile open(String reference) {
        // the questionnaire is the victim's own (income, injuries): a relative or heir answers their own (R211-38)
        return VictimOnly.open(claims, reference);
    }

    @Override
    protected void show(ClaimFile opened) {
        file = opened;
        removeAll();
        add(new H1(getTranslation("questionnaire.title")), new Paragraph(getTranslation("questionnaire.intro")));
        LocalDate today = LocalDate.now(clock);
        deadlines
                .scheduleFor(file, today)
                .find(DeadlineCode.QUESTIONNAIRE_ANSWER)
                .ifPresent(d -> add(new Paragraph(
                        getTranslation("questionnaire.due", Formats.date(d.dueDate(), getLocale()), d.legalBasis()))));
        FormLayout form = form();
        binder.readRecord(file.questionnaire());
        binder.setReadOnly(!file.editable());
        add(form, sending(today));
        if (file.editable()) {
            Button save = new Button(getTranslation("questionnaire.save"), e -> save());
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(save);
        } else {
            add(new Paragraph(getTranslation("claim.wizard.readOnly", file.ownerName())));
        }
    }

    private FormLayout form() {
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 2));
        binder.forField(text("fullName", form)).withNullRepresentation("").bind("fullName");
        binder.forField(text("birthPlace", form)).withNullRepresentation("").bind("birthPlace");
        binder.forField(text("occupation", form)).withNullRepresentation("").bind("occupation");
        binder.forField(text("employer", form)).withNullRepresentation("").bind("employer");
        BigDecimalField income = field("monthlyNetIncome", new BigDecimalField(), form);
        binder.forField(income)
                .withValidator(v -> v == null || v.signum() >= 0, getTranslation("claim.error.negative"))
                .bind("monthlyNetIncome");
        TextArea injuries = field("injuries", new TextArea(), form);
        injuries.setMaxLength(4000);
        form.setColspan(injuries, 2);
        binder.forField(injuries).withNullRepresentation("").bind("injuries");
        IntegerField dependants = field("dependants", new IntegerField(), form);
        dependants.setMin(0);
        dependants.setMax(30);
        binder.forField(dependants).bind("dependants");
        Select<SocialSecurityScheme> scheme = new Select<>();
        scheme.setLabel(getTranslation("questionnaire.scheme"));
        scheme.setItems(SocialSecurityScheme.values());
        scheme.setItemLabelGenerator(s -> s == null
                ? getTranslation("questionnaire.notSaid")
                : getTranslation("questionnaire.scheme." + s.name()));
        scheme.setEmptySelectionAllowed(true);
        scheme.setEmptySelectionCaption(getTranslation("questionnaire.notSaid"));
        form.add(scheme);
        binder.forField(scheme).bind("scheme");
        binder.forField(text("healthFund", form)).withNullRepresentation("").bind("healthFund");
        if (claims.storesNir()) {
            binder.forField(text("nir", form)).withNullRepresentation("").bind("nir");
        } else {
            // not shown and never stored: an unattached field only carries the (empty) value through the binder
            binder.forField(new TextField()).withNullRepresentation("").bind("nir");
        }
        // set by the service on the first save; carried unchanged
        binder.forField(new DatePicker()).bind("answeredOn");
        TextArea payers = field("thirdPartyPayers", new TextArea(), form);
        form.setColspan(payers, 2);
        binder.forField(payers).withNullRepresentation("").bind("thirdPartyPayers");
        TextArea address = field("correspondenceAddress", new TextArea(), form);
        binder.forField(address).withNullRepresentation("").bind("correspondenceAddress");
        CheckboxGroup<PlannedDocument> documents = new CheckboxGroup<>(getTranslation("questionnaire.documents"));
        documents.setItems(PlannedDocument.values());
        documents.setItemLabelGenerator(d -> getTranslation("questionnaire.document." + d.name()));
        documents.setHelperText(getTranslation("questionnaire.documents.help"));
        form.add(documents);
        form.setColspan(documents, 2);
        binder.forField(documents).bind("plannedDocuments");
        return form;
    }

    /**
     * The day the answers went to the insurer: the portal sends nothing, and the insurer's offer deadline counts the
     * answer as received on that day (R211-31), not on the day it was saved here. Empty: not sent yet.
     */
    private Section sending(LocalDate today) {
        sentOn = Fields.datePicker(getTranslation("questionnaire.sentOn"), today);
        if (file.accident().date() != null) {
            sentOn.setMin(file.accident().date());
        }
        sentOn.setHelperText(getTranslation("questionnaire.sentOn.help"));
        sentOn.setValue(file.questionnaireSentOn());
        sentOn.setReadOnly(!file.editable());
        refusals.field("sentOn", sentOn);
        Section section = new Section(
                new H2(getTranslation("questionnaire.sending")),
                new Paragraph(getTranslation(
                        file.questionnaireSentOn() == null ? "questionnaire.notSent" : "questionnaire.sentStatus",
                        Formats.date(file.questionnaireSentOn(), getLocale()))),
                new Paragraph(getTranslation("questionnaire.sending.why")),
                sentOn);
        section.addClassNames("card", "questionnaire-sending");
        return section;
    }

    private TextField text(String name, FormLayout form) {
        return field(name, new TextField(), form);
    }

    private <F extends Component & HasValidation> F field(String name, F field, FormLayout form) {
        field.getElement()
                .setProperty(
                        "label",
                        getTranslation(
                                VOICED.contains(name)
                                        ? Voice.key(file, "questionnaire." + name)
                                        : "questionnaire." + name));
        if (WITH_HELP.contains(name)) {
            field.getElement().setProperty("helperText", getTranslation("questionnaire." + name + ".help"));
        }
        refusals.field(name, field);
        form.add(field);
        return field;
    }

    private void save() {
        try {
            QuestionnaireAnswers answers = binder.writeRecord();
            if (sentOn.isInvalid()) {
                return; // a date the picker refuses (future, before the accident, unreadable): nothing is saved
            }
            refusals.attempt(() -> {
                claims.saveQuestionnaire(file.reference(), file.questionnaireVersion(), answers, sentOn.getValue());
                Notification.show(getTranslation("questionnaire.saved"));
                UI.getCurrent().navigate("dossier/" + file.reference());
            });
        } catch (OptimisticLockingFailureException changedElsewhere) {
            StaleWarning.show();
        } catch (ValidationException invalid) {
            // the fields show their own messages
        }
    }
}
