package fr.victimportal.family.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fr.victimportal.claim.ClaimantAnswers;
import fr.victimportal.claim.model.ClaimantAnswersData;
import fr.victimportal.shared.UserInputException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A claimant's own R211-38 answers (issue 24): who they are is already known (name, link, a minor's representative),
 * so the form asks only the rest, each field optional until they know it. Saved against the version read: a second tab's
 * save is refused with a message. No social-security number: the insurer asks it directly.
 */
class AnswersForm extends Section {

    private final Map<String, AbstractField<?, ?>> fields = new LinkedHashMap<>();

    AnswersForm(
            String reference, ClaimantAnswers.Sheet sheet, ClaimantAnswers answers, LocalDate today, Runnable saved) {
        addClassNames("card", "answers-form");
        add(new H2(getTranslation("family.answers.form.title")));
        add(new Paragraph(getTranslation(
                "family.answers.form.known",
                sheet.name(),
                getTranslation("family.link." + sheet.link().name()))));
        if (sheet.minor()) {
            add(new Paragraph(getTranslation("family.answers.form.minor", sheet.representativeName())));
        }
        add(new Paragraph(getTranslation("family.answers.form.lead")));
        ClaimantAnswersData a = sheet.answers();

        FormLayout you = form();
        DatePicker born = add(you, "bornOn", new DatePicker());
        born.setMax(today);
        born.setValue(a.bornOn());
        TextField birthPlace = line(you, "birthPlace", a.birthPlace());
        TextField occupation = line(you, "occupation", a.occupation());
        TextField employer = line(you, "employer", a.employer());
        TextArea address = area(you, "address", a.address());

        FormLayout household = form();
        BigDecimalField income = money(household, "monthlyIncome");
        income.setValue(a.monthlyIncome());
        BigDecimalField contribution = money(household, "monthlyContribution");
        contribution.setValue(a.monthlyContribution());
        IntegerField dependants = add(household, "dependants", new IntegerField());
        dependants.setMin(0);
        dependants.setMax(30);
        dependants.setValue(a.dependants());
        TextField ages = line(household, "dependantAges", a.dependantAges());

        FormLayout expenses = form();
        BigDecimalField funeral = money(expenses, "funeralExpenses");
        funeral.setValue(a.funeralExpenses());
        TextField paidBy = line(expenses, "funeralPaidBy", a.funeralPaidBy());
        BigDecimalField other = money(expenses, "otherExpenses");
        other.setValue(a.otherExpenses());
        TextArea otherDetail = area(expenses, "otherExpensesDetail", a.otherExpensesDetail());

        FormLayout payers = form();
        TextField body = line(payers, "socialSecurityBody", a.socialSecurityBody());
        body.setHelperText(getTranslation("family.answers.noNir"));
        TextArea otherPayers = area(payers, "otherPayers", a.otherPayers());

        add(new H3(getTranslation("family.answers.section.you")), you);
        add(new H3(getTranslation("family.answers.section.household")), household);
        add(new H3(getTranslation("family.answers.section.expenses")), expenses);
        add(new H3(getTranslation("family.answers.section.payers")), payers);

        Paragraph error = new Paragraph();
        error.addClassName("answers-error");
        error.getElement().setAttribute("role", "alert");
        Button save = new Button(getTranslation("family.answers.save"));
        save.addClickListener(e -> {
            fields.values().forEach(f -> ((HasValidation) f).setInvalid(false));
            error.setText("");
            try {
                answers.save(
                        reference,
                        sheet.version(),
                        new ClaimantAnswersData(
                                born.getValue(),
                                birthPlace.getValue(),
                                occupation.getValue(),
                                employer.getValue(),
                                income.getValue(),
                                contribution.getValue(),
                                dependants.getValue(),
                                ages.getValue(),
                                funeral.getValue(),
                                paidBy.getValue(),
                                other.getValue(),
                                otherDetail.getValue(),
                                body.getValue(),
                                otherPayers.getValue(),
                                address.getValue()));
                Notification.show(getTranslation("family.answers.saved"));
                saved.run();
            } catch (UserInputException refused) {
                String message = getTranslation(refused.messageKey(), refused.arguments());
                AbstractField<?, ?> field = refused.field() == null ? null : fields.get(refused.field());
                if (field instanceof HasValidation v) {
                    v.setErrorMessage(message);
                    v.setInvalid(true);
                }
                error.setText(message);
            }
        });
        add(save, error);
    }

    private static FormLayout form() {
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 2));
        return form;
    }

    private <F extends AbstractField<?, ?>> F add(FormLayout form, String name, F field) {
        ((HasLabel) field).setLabel(getTranslation("family.answers." + name));
        field.setId("answers-" + name);
        fields.put(name, field);
        form.add(field);
        return field;
    }

    private TextField line(FormLayout form, String name, String value) {
        TextField f = add(form, name, new TextField());
        f.setMaxLength(120);
        f.setValue(value == null ? "" : value);
        return f;
    }

    private TextArea area(FormLayout form, String name, String value) {
        TextArea f = add(form, name, new TextArea());
        f.setMaxLength(500);
        f.setValue(value == null ? "" : value);
        return f;
    }

    private BigDecimalField money(FormLayout form, String name) {
        BigDecimalField f = add(form, name, new BigDecimalField());
        f.setSuffixComponent(new com.vaadin.flow.component.html.Span("€"));
        return f;
    }
}
