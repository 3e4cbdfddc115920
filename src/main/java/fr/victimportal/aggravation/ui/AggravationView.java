package fr.victimportal.aggravation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Route;
import fr.victimportal.aggravation.AggravationInput;
import fr.victimportal.aggravation.AggravationNature;
import fr.victimportal.aggravation.AggravationOverview;
import fr.victimportal.aggravation.AggravationOverview.Item;
import fr.victimportal.aggravation.Aggravations;
import fr.victimportal.claim.SettlementFacts.CycleSettlement;
import fr.victimportal.claim.model.Relation;
import fr.victimportal.shared.Formats;
import fr.victimportal.shared.ui.ClaimPage;
import fr.victimportal.shared.ui.Fields;
import fr.victimportal.shared.ui.MainLayout;
import fr.victimportal.shared.ui.Refusals;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * The aggravation right after a settlement (L211-19, C. civ. 2226): the limitation dates that apply, what counts as an
 * aggravation, what the law leaves unclear, every aggravation declared with its cycle, and the declaration form.
 */
@Route(value = "dossier/:reference/aggravation", layout = MainLayout.class)
@PermitAll
public class AggravationView extends ClaimPage<AggravationOverview> {

    private final Aggravations aggravations;
    private String reference;

    public AggravationView(Aggravations aggravations) {
        super("aggr.pageTitle");
        this.aggravations = aggravations;
        addClassNames("portal-page", "aggravation-page");
    }

    @Override
    protected AggravationOverview open(String reference) {
        return aggravations.overview(reference);
    }

    @Override
    protected void show(AggravationOverview o) {
        reference = o.claim().reference();
        removeAll();
        add(new H1(getTranslation("aggr.title", reference)), new Paragraph(getTranslation("aggr.intro")));
        add(settlement(o), new LimitationList(this, this::getLocale).build(o), whatCounts(), insurerDeadlines());
        if (!o.aggravations().isEmpty()) {
            Section list = new Section(
                    new H2(getTranslation("aggr.list.title", o.aggravations().size())));
            list.addClassName("aggravation-list");
            o.aggravations().forEach(i -> list.add(item(o, i)));
            add(list);
        }
        add(declaration(o));
        add(new Anchor("dossier/" + reference, getTranslation("aggr.back")));
    }

    private Section settlement(AggravationOverview o) {
        Section s = card("aggr-settlement", "aggr.settlement.title");
        CycleSettlement initial = o.initialSettlement();
        if (initial == null) {
            s.add(new Paragraph(getTranslation("aggr.settlement.none")));
        } else if (initial.finalOn(o.today())) {
            s.add(new Paragraph(getTranslation(
                    "aggr.settlement.final",
                    date(initial.concludedOn()),
                    o.initialOffer() == null ? "" : o.initialOffer().insurerName(),
                    date(initial.withdrawalEndsOn().plusDays(1)))));
        } else {
            s.add(new Paragraph(getTranslation(
                    "aggr.settlement.running", date(initial.concludedOn()), date(initial.withdrawalEndsOn()))));
        }
        return s;
    }

    private Section whatCounts() {
        Section s = card("aggr-what", "aggr.what.title");
        UnorderedList list = new UnorderedList();
        for (String key : new String[] {
            "aggr.what.functional", "aggr.what.situational", "aggr.what.treatment", "aggr.what.notEquipment"
        }) {
            list.add(new ListItem(getTranslation(key)));
        }
        s.add(list, new Paragraph(getTranslation("aggr.what.sources")));
        return s;
    }

    private Section insurerDeadlines() {
        Section s = card("aggr-unclear", "aggr.unclear.title");
        s.add(new Paragraph(getTranslation("aggr.unclear.text")));
        return s;
    }

    private Section item(AggravationOverview o, Item i) {
        Section s = new Section(new H3(getTranslation("aggr.item.title", i.number(), date(i.declaredOn()))));
        s.addClassNames("card", "aggravation-item");
        s.getElement().setAttribute("data-aggravation", String.valueOf(i.number()));
        Span stage = new Span(getTranslation(i.stage().messageKey()));
        stage.addClassName("role-badge");
        s.add(new Paragraph(stage));
        UnorderedList facts = new UnorderedList();
        facts.add(new ListItem(
                getTranslation("aggr.item.nature", getTranslation(i.nature().messageKey()))));
        facts.add(new ListItem(getTranslation("aggr.item.since", date(i.worseSince()))));
        facts.add(new ListItem(getTranslation("aggr.item.insurer", i.insurerName())));
        s.add(facts, new Paragraph(getTranslation("aggr.item.description", i.description())));

        UnorderedList steps = new UnorderedList();
        steps.addClassName("aggravation-steps");
        steps.add(new ListItem(
                i.questionnairePresentedOn() == null
                        ? getTranslation("aggr.step.questionnaireNone")
                        : i.questionnaireAnsweredOn() == null
                                ? getTranslation("aggr.step.questionnaire", date(i.questionnairePresentedOn()))
                                : getTranslation(
                                        "aggr.step.questionnaireAnswered",
                                        date(i.questionnairePresentedOn()),
                                        date(i.questionnaireAnsweredOn()))));
        steps.add(new ListItem(
                i.examination() == null
                        ? getTranslation("aggr.step.examNone")
                        : i.examination().reportReceivedOn() == null
                                ? getTranslation(
                                        "aggr.step.exam", date(i.examination().examinationDate()))
                                : getTranslation(
                                        "aggr.step.examReport",
                                        date(i.examination().examinationDate()),
                                        date(i.examination().reportReceivedOn()))));
        steps.add(new ListItem(
                i.consolidationOn() == null
                        ? getTranslation("aggr.step.consolidationNone")
                        : getTranslation("aggr.step.consolidation", date(i.consolidationOn()))));
        steps.add(new ListItem(
                i.offer() == null
                        ? getTranslation("aggr.step.offerNone")
                        : getTranslation(
                                "aggr.step.offer",
                                date(i.offer().receivedOn()),
                                getTranslation("aggr.offerKind." + i.offer().kind()),
                                Formats.euros(i.offer().net(), getLocale()),
                                getTranslation("aggr.offerStatus." + i.offer().status()))));
        if (i.settlement() != null) {
            CycleSettlement st = i.settlement();
            steps.add(new ListItem(
                    st.finalOn(o.today())
                            ? getTranslation("aggr.step.settled", date(st.concludedOn()), date(st.withdrawalEndsOn()))
                            : getTranslation(
                                    "aggr.step.withdrawal", date(st.concludedOn()), date(st.withdrawalEndsOn()))));
            steps.add(new ListItem(
                    st.paidOn() == null
                            ? getTranslation("aggr.step.paymentDue", date(st.paymentDueOn()))
                            : getTranslation(
                                    "aggr.step.paid", date(st.paidOn()), Formats.euros(st.paidAmount(), getLocale()))));
        }
        s.add(new H3(getTranslation("aggr.step.title")), steps);

        boolean current = i == o.aggravations().get(o.aggravations().size() - 1);
        if (current) {
            Div links = new Div(
                    new Anchor("dossier/" + reference + "/examen", getTranslation("aggr.link.exam")),
                    new Anchor("dossier/" + reference + "/offre", getTranslation("aggr.link.offer")),
                    new Anchor("dossier/" + reference + "/documents", getTranslation("aggr.link.documents")));
            links.addClassName("aggravation-links");
            s.add(links);
        }
        if (o.mayRecordQuestionnaire() && i.questionnairePresentedOn() == null) {
            s.add(dateForm(
                    o.today(),
                    "aggr.form.questionnairePresented",
                    "aggr.form.questionnairePresentedSave",
                    on -> aggravations.recordQuestionnairePresented(reference, i.id(), on)));
        }
        if (o.viewer() == Relation.OWNER
                && i.questionnairePresentedOn() != null
                && i.questionnaireAnsweredOn() == null) {
            s.add(dateForm(
                    o.today(),
                    "aggr.form.questionnaireAnswered",
                    "aggr.form.questionnaireAnsweredSave",
                    on -> aggravations.recordQuestionnaireAnswered(reference, i.id(), on)));
        }
        if (o.mayRecordConsolidation() && i.consolidationOn() == null) {
            s.add(new Paragraph(getTranslation("aggr.form.consolidationHelp")));
            s.add(dateForm(
                    o.today(),
                    "aggr.form.consolidation",
                    "aggr.form.consolidationSave",
                    on -> aggravations.recordConsolidation(reference, i.id(), on)));
        }
        return s;
    }

    private Div dateForm(LocalDate today, String labelKey, String buttonKey, Consumer<LocalDate> action) {
        DatePicker on = Fields.datePicker(getTranslation(labelKey), today);
        Paragraph error = error();
        Button save = new Button(getTranslation(buttonKey));
        save.setDisableOnClick(true);
        Refusals refusals = Refusals.of(this).alwaysInParagraph(error).reenabling(save);
        save.addClickListener(e -> {
            boolean saved = refusals.attempt(() -> {
                action.accept(on.getValue());
                Notification.show(getTranslation("aggr.form.saved"));
                reload();
            });
            if (!saved) {
                on.setInvalid(true);
            }
        });
        Div form = new Div(on, error, save);
        form.addClassName("form-column");
        return form;
    }

    private Section declaration(AggravationOverview o) {
        Section s = card("aggr-declare", "aggr.declare.title");
        // no transaction recorded here: the initial damage may have been settled by a final judgment instead
        boolean afterJudgment = !o.mayDeclare()
                && Aggravations.NO_SETTLEMENT.equals(o.declareRefusal().messageKey());
        if (!o.mayDeclare()) {
            Paragraph why = new Paragraph(getTranslation(
                    o.declareRefusal().messageKey(), o.declareRefusal().arguments()));
            why.addClassName("aggr-refusal");
            s.add(why);
            if (!afterJudgment) {
                return s;
            }
        } else {
            s.add(new Paragraph(getTranslation(
                    "aggr.declare.help",
                    o.initialOffer() == null ? "" : o.initialOffer().insurerName())));
        }
        DatePicker judgment = afterJudgment ? Fields.datePicker(getTranslation("aggr.form.judgment"), o.today()) : null;
        if (judgment != null) {
            judgment.setHelperText(getTranslation("aggr.form.judgmentHelp"));
            judgment.setRequiredIndicatorVisible(true);
        }
        RadioButtonGroup<AggravationNature> nature = new RadioButtonGroup<>(getTranslation("aggr.form.nature"));
        nature.setItems(AggravationNature.values());
        nature.setItemLabelGenerator(n -> getTranslation(n.messageKey()));
        nature.setRequiredIndicatorVisible(true);
        DatePicker since = Fields.datePicker(getTranslation("aggr.form.since"), o.today());
        since.setRequiredIndicatorVisible(true);
        TextArea description = new TextArea(getTranslation("aggr.form.description"));
        description.setMaxLength(2000);
        description.setRequiredIndicatorVisible(true);
        description.setHelperText(getTranslation("aggr.form.descriptionHelp"));
        Paragraph documents = new Paragraph(getTranslation("aggr.form.documents"));
        Anchor documentsLink = new Anchor("dossier/" + reference + "/documents", getTranslation("aggr.link.documents"));
        Paragraph error = error();
        Button send = new Button(getTranslation("aggr.form.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setDisableOnClick(true);
        Refusals refusals = Refusals.of(this).alwaysInParagraph(error).reenabling(send);
        refusals.field("nature", nature);
        refusals.field("worseSince", since);
        refusals.field("description", description);
        if (judgment != null) {
            refusals.field("initialJudgmentOn", judgment);
        }
        send.addClickListener(e -> refusals.attempt(() -> {
            aggravations.declare(
                    reference,
                    new AggravationInput(
                            nature.getValue(),
                            since.getValue(),
                            description.getValue(),
                            judgment == null ? null : judgment.getValue()));
            Notification.show(getTranslation("aggr.form.declared"));
            reload();
        }));
        Div fields = new Div(nature, since, description, documents, documentsLink, error, send);
        if (judgment != null) {
            fields.addComponentAsFirst(judgment);
        }
        fields.addClassName("form-column");
        s.add(fields);
        return s;
    }

    private Paragraph error() {
        Paragraph error = new Paragraph();
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        return error;
    }

    private Section card(String className, String titleKey) {
        Section s = new Section(new H2(getTranslation(titleKey)));
        s.addClassNames("card", className);
        return s;
    }

    private String date(LocalDate d) {
        return Formats.date(d, getLocale());
    }
}
