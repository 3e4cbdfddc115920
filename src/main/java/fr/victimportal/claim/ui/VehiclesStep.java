package fr.victimportal.claim.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import fr.victimportal.claim.ClaimService;
import fr.victimportal.claim.model.ClaimFile;
import fr.victimportal.claim.model.VehicleDetails;
import fr.victimportal.shared.UserInputException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Step 3: the vehicles involved and what is known of their insurers (the liable driver's insurer owes the offer). */
class VehiclesStep extends DeclarationStep<VehicleDetails> {

    static final int MAX = 10;
    private final List<Row> rows = new ArrayList<>();
    private final Div list = new Div();
    private final Paragraph error = new Paragraph();
    private final Button add = new Button();
    private boolean editable = true;
    private Runnable insurerTyped = () -> {};

    VehiclesStep(Clock clock, ClaimFile declared) {
        super(VehicleDetails.class, clock, declared);
        add.setText(getTranslation("claim.vehicles.add"));
        add.addClickListener(e -> addRow(new VehicleDetails(null, null, null, null, false)));
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        add(new Paragraph(voice("claim.vehicles.intro")), list, error, add);
        setColspan(list, 2);
    }

    private void addRow(VehicleDetails details) {
        Row row = new Row(rows.size() + 1, details);
        rows.add(row);
        list.add(row);
        add.setEnabled(editable && rows.size() < MAX);
    }

    @Override
    void show(ClaimFile file) {
        rows.clear();
        list.removeAll();
        file.vehicles().forEach(this::addRow);
        if (rows.isEmpty()) {
            addRow(new VehicleDetails(null, null, null, null, false));
        }
    }

    /** The vehicles as typed so far (not yet saved). */
    List<VehicleDetails> typed() {
        return rows.stream().map(Row::value).flatMap(Optional::stream).toList();
    }

    /** Runs when the victim types a vehicle's insurer (the insurer choice below suggests from it). */
    void onInsurerTyped(Runnable listener) {
        insurerTyped = listener;
    }

    @Override
    Optional<Long> save(ClaimService claims, ClaimFile file) {
        List<VehicleDetails> vehicles = typed();
        if (vehicles.isEmpty()) {
            error.setText(getTranslation("claim.error.noVehicle"));
            error.setVisible(true);
            return Optional.empty();
        }
        return Optional.of(claims.saveVehicles(file.reference(), file.version(), vehicles));
    }

    @Override
    public void setEditable(boolean editable) {
        this.editable = editable;
        rows.forEach(r -> r.setEditable(editable));
        add.setVisible(editable);
    }

    @Override
    public boolean showError(UserInputException refusal) {
        error.setText(getTranslation(refusal.messageKey(), refusal.arguments()));
        error.setVisible(true);
        return true;
    }

    private final class Row extends Div {
        private final TextField description = new TextField(getTranslation("claim.vehicles.description"));
        private final TextField registration = new TextField(getTranslation("claim.vehicles.registration"));
        private final TextField insurer = new TextField(getTranslation("claim.vehicles.insurer"));
        private final TextField policy = new TextField(getTranslation("claim.vehicles.policy"));
        private final Checkbox own = new Checkbox(voice("claim.vehicles.own"));
        private final Button remove = new Button(getTranslation("claim.vehicles.remove"));

        Row(int number, VehicleDetails d) {
            addClassName("vehicle-row");
            description.setValue(d.description() == null ? "" : d.description());
            description.setHelperText(getTranslation("claim.vehicles.description.help"));
            registration.setValue(d.registration() == null ? "" : d.registration());
            insurer.setValue(d.insurer() == null ? "" : d.insurer());
            insurer.addValueChangeListener(e -> insurerTyped.run());
            policy.setValue(d.policyNumber() == null ? "" : d.policyNumber());
            own.setValue(d.victimsVehicle());
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("claim.vehicles.remove.aria", number));
            remove.addClickListener(e -> {
                rows.remove(this);
                list.remove(this);
                add.setEnabled(rows.size() < MAX);
            });
            add(
                    new H3(getTranslation("claim.vehicles.number", number)),
                    description,
                    registration,
                    insurer,
                    policy,
                    own,
                    remove);
        }

        Optional<VehicleDetails> value() {
            VehicleDetails v = new VehicleDetails(
                    description.getValue(),
                    registration.getValue(),
                    insurer.getValue(),
                    policy.getValue(),
                    own.getValue());
            boolean blank = v.description().isBlank()
                    && v.registration().isBlank()
                    && v.insurer().isBlank()
                    && v.policyNumber().isBlank();
            return blank ? Optional.empty() : Optional.of(v);
        }

        void setEditable(boolean editable) {
            description.setReadOnly(!editable);
            registration.setReadOnly(!editable);
            insurer.setReadOnly(!editable);
            policy.setReadOnly(!editable);
            own.setReadOnly(!editable);
            remove.setVisible(editable);
        }
    }
}
