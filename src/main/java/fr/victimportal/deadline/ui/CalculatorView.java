package fr.victimportal.deadline.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.victimportal.deadline.CalculatorQuery;
import fr.victimportal.deadline.DeadlineEngine;
import fr.victimportal.deadline.DeadlineInputException;
import fr.victimportal.deadline.EventType;
import fr.victimportal.deadline.Responsible;
import fr.victimportal.shared.ui.Fields;
import fr.victimportal.shared.ui.MainLayout;
import java.time.Clock;
import java.time.LocalDate;

/** "Calculer mes délais": anyone, signed in or not, picks an event and a date and sees every deadline it starts. */
@Route(value = "delais", layout = MainLayout.class)
@AnonymousAllowed
@Menu(title = "nav.calculator", order = 50, icon = "vaadin:calendar-clock")
public class CalculatorView extends Main implements HasDynamicTitle {

    private final DeadlineEngine engine = new DeadlineEngine();
    private final Clock clock;
    private final Select<EventType> event = new Select<>();
    private final Select<Responsible> responsible = new Select<>();
    private final DatePicker date;
    private final DatePicker accidentDate;
    private final Checkbox overseas = new Checkbox();
    private final Checkbox payerAbroad = new Checkbox();
    private final Checkbox contested = new Checkbox();
    private final Checkbox quantified = new Checkbox();
    private final Checkbox alsace = new Checkbox();
    private final Div result = new Div();

    public CalculatorView(Clock clock) {
        this.clock = clock;
        addClassNames("portal-page", "calculator");
        event.setLabel(getTranslation("calculator.event"));
        event.setItems(CalculatorQuery.EVENTS);
        event.setItemLabelGenerator(e -> getTranslation("deadline.event." + e.name()));
        event.setValue(EventType.ACCIDENT);
        date = Fields.datePicker(getTranslation("calculator.date"), null);
        accidentDate = Fields.datePicker(getTranslation("calculator.accidentDate"), null);
        accidentDate.setHelperText(getTranslation("calculator.accidentDate.help"));
        overseas.setLabel(getTranslation("calculator.overseas"));
        payerAbroad.setLabel(getTranslation("calculator.payerAbroad"));
        contested.setLabel(getTranslation("calculator.contested"));
        quantified.setLabel(getTranslation("calculator.quantified"));
        // L211-9 al.1: the 3-month offer needs a fully quantified damage; not ticked until the visitor says so.
        quantified.setValue(false);
        responsible.setLabel(getTranslation("calculator.responsible"));
        responsible.setItems(Responsible.values());
        responsible.setItemLabelGenerator(r -> getTranslation(r.messageKey()));
        responsible.setValue(Responsible.INSURED);
        responsible.setHelperText(getTranslation("calculator.responsible.help"));
        alsace.setLabel(getTranslation("calculator.alsace"));
        event.addValueChangeListener(e -> showFactsFor(e.getValue()));
        showFactsFor(EventType.ACCIDENT);

        FormLayout form = new FormLayout(
                event, date, responsible, accidentDate, overseas, payerAbroad, contested, quantified, alsace);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 2));
        Button calculate = new Button(getTranslation("calculator.calculate"), e -> calculate());
        calculate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        result.getElement().setAttribute("aria-live", "polite");
        add(
                new H1(getTranslation("calculator.title")),
                new Paragraph(getTranslation("calculator.intro")),
                form,
                calculate,
                result,
                new Paragraph(getTranslation("calculator.disclaimer")));
    }

    private void showFactsFor(EventType type) {
        accidentDate.setVisible(type == EventType.CONSOLIDATION_KNOWN);
        boolean request = type == EventType.COMPENSATION_REQUEST;
        contested.setVisible(request);
        quantified.setVisible(request);
        boolean offer = type == EventType.ACCIDENT
                || request
                || type == EventType.CONSOLIDATION_KNOWN
                || type == EventType.QUESTIONNAIRE_PRESENTED
                || type == EventType.POST_CONSOLIDATION_QUESTIONNAIRE_PRESENTED;
        overseas.setVisible(offer);
        payerAbroad.setVisible(offer
                && type != EventType.QUESTIONNAIRE_PRESENTED
                && type != EventType.POST_CONSOLIDATION_QUESTIONNAIRE_PRESENTED);
        // R421-12: who answers for the accident changes what the accident, a settlement or a judgment start.
        responsible.setVisible(
                type == EventType.ACCIDENT || type == EventType.SETTLEMENT || type == EventType.FINAL_JUDGMENT);
        if (type == EventType.FINAL_JUDGMENT) {
            responsible.setValue(Responsible.UNINSURED);
        }
    }

    private void calculate() {
        result.removeAll();
        date.setInvalid(false);
        responsible.setInvalid(false);
        if (date.getValue() == null) {
            date.setErrorMessage(getTranslation("field.required"));
            date.setInvalid(true);
            return;
        }
        CalculatorQuery query = new CalculatorQuery(
                event.getValue(),
                date.getValue(),
                accidentDate.isVisible() ? accidentDate.getValue() : null,
                overseas.isVisible() && overseas.getValue(),
                payerAbroad.isVisible() && payerAbroad.getValue(),
                contested.isVisible() && contested.getValue(),
                !quantified.isVisible() || quantified.getValue(),
                alsace.getValue(),
                responsible.isVisible() ? responsible.getValue() : Responsible.INSURED);
        try {
            result.add(new DeadlineTimeline(query.answer(engine, LocalDate.now(clock)), LocalDate.now(clock)));
        } catch (DeadlineInputException refused) {
            if ("responsible".equals(refused.field())) {
                responsible.setErrorMessage(getTranslation("calculator.error.judgmentNeedsUninsured"));
                responsible.setInvalid(true);
                return;
            }
            boolean accident = "accidentDate".equals(refused.field());
            DatePicker field = accident ? accidentDate : date;
            field.setErrorMessage(
                    getTranslation(accident ? "calculator.error.accidentAfter" : "calculator.error.range"));
            field.setInvalid(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("calculator.title") + " · " + getTranslation("app.name");
    }
}
