package fr.victimportal.offer.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import fr.victimportal.claim.ClaimNotFoundException;
import fr.victimportal.claim.DintilhacHead;
import fr.victimportal.claim.model.ClaimFile;
import fr.victimportal.claim.model.Relation;
import fr.victimportal.offer.HeadLine;
import fr.victimportal.offer.OfferFile;
import fr.victimportal.offer.OfferInput;
import fr.victimportal.offer.OfferKind;
import fr.victimportal.offer.OfferService;
import fr.victimportal.offer.PropertyDamage;
import fr.victimportal.shared.UserInputException;
import fr.victimportal.shared.ui.ClaimPage;
import fr.victimportal.shared.ui.Fields;
import fr.victimportal.shared.ui.MainLayout;
import fr.victimportal.shared.ui.Refusals;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Copying the insurer's letter head by head; the totals and nets are computed, never typed. */
@Route(value = "dossier/:reference/offre/saisie", layout = MainLayout.class)
@RolesAllowed({"VICTIM", "AGENT", "HELPER"})
public class OfferRecordView extends ClaimPage<ClaimFile> {

    private final OfferService offers;
    private final Clock clock;
    private static final Long VICTIM = 0L;
    private final List<HeadFields> heads = new ArrayList<>();
    private String reference;
    private Long claimant;

    public OfferRecordView(OfferService offers, Clock clock) {
        super("offer.record.pageTitle");
        this.offers = offers;
        this.clock = clock;
        addClassNames("portal-page", "offer-record");
    }

    @Override
    protected ClaimFile open(String reference) {
        ClaimFile file = offers.claimFile(reference);
        if (file.viewer() == Relation.RELATIVE) {
            // only the insurer records a relative's offer; a relative reads theirs on the offer page
            throw new ClaimNotFoundException(reference);
        }
        return file;
    }

    @Override
    protected void show(ClaimFile claim) {
        reference = claim.reference();
        removeAll();
        heads.clear();
        add(new H1(getTranslation("offer.record.title", reference)));
        List<OfferFile.Recipient> claimants = offers.claimants(reference);
        if (claimants.isEmpty()) {
            var refusal = offers.recordingRefusal(reference);
            if (refusal.isPresent()) {
                add(refused(refusal.get()));
                return;
            }
        }
        add(new Paragraph(getTranslation("offer.record.intro")));

        DatePicker receivedOn = Fields.datePicker(getTranslation("offer.record.receivedOn"), LocalDate.now(clock));
        RadioButtonGroup<OfferKind> kind = radio("offer.record.kind", OfferKind.values(), "offer.kind.");
        TextField insurer = new TextField(getTranslation("offer.record.insurerName"));
        insurer.setMaxLength(120);
        TextArea address = new TextArea(getTranslation("offer.record.insurerAddress"));
        address.setMaxLength(400);
        TextField insurerRef = new TextField(getTranslation("offer.record.insurerReference"));
        insurerRef.setMaxLength(60);
        Checkbox conspicuous = new Checkbox(getTranslation("offer.record.conspicuous"));
        Checkbox statements = new Checkbox(getTranslation("offer.record.statements"));
        RadioButtonGroup<PropertyDamage> property =
                radio("offer.record.property", PropertyDamage.values(), "offer.property.");
        // L211-15 needs the judge's authorisation of the settlement, not a mention in the letter: the claim's
        // representation says who is a minor or under tutelle, and the settlement waits for the authorisation
        Div general = new Div(receivedOn, kind, insurer, address, insurerRef, conspicuous, statements, property);
        general.addClassName("form-column");
        Div party = new Div();
        party.addClassName("offer-record-party");
        Runnable save = () -> save(new OfferInput(
                receivedOn.getValue(),
                kind.getValue(),
                insurer.getValue(),
                address.getValue(),
                insurerRef.getValue(),
                conspicuous.getValue(),
                statements.getValue(),
                property.getValue(),
                false,
                false,
                heads.stream().filter(HeadFields::filled).map(HeadFields::line).toList()));
        if (!claimants.isEmpty()) {
            // issue 24: the agent records an offer to the victim or to one of the claim's active relatives or heirs
            RadioButtonGroup<Long> forWhom = new RadioButtonGroup<>(getTranslation("offer.record.forWhom"));
            forWhom.addClassName("offer-record-for");
            List<Long> ids = new ArrayList<>(List.of(VICTIM));
            claimants.forEach(c -> ids.add(c.claimantId()));
            forWhom.setItems(ids);
            forWhom.setItemLabelGenerator(id -> VICTIM.equals(id)
                    ? getTranslation("offer.record.forVictim", claim.ownerName())
                    : claimants.stream()
                            .filter(c -> c.claimantId() == id)
                            .map(c -> OfferView.recipientName(this, c))
                            .findFirst()
                            .orElse(""));
            forWhom.setValue(VICTIM);
            forWhom.addValueChangeListener(e -> party(party, claimants, e.getValue(), save));
            add(forWhom);
        }
        add(general, party);
        party(party, claimants, VICTIM, save);
    }

    /** The heads of the chosen party (the victim's 20, or a relative's), or why no letter can be recorded for them. */
    private void party(Div party, List<OfferFile.Recipient> claimants, Long chosen, Runnable save) {
        party.removeAll();
        heads.clear();
        claimant = chosen == null || VICTIM.equals(chosen) ? null : chosen;
        var refusal = offers.recordingRefusal(reference, claimant);
        if (refusal.isPresent()) {
            party.add(refused(refusal.get()));
            return;
        }
        boolean heirAfterDeath =
                claimants.stream().anyMatch(c -> claimant != null && c.claimantId() == claimant && c.heir())
                        && offers.deathRecorded(reference);
        List<DintilhacHead> list =
                claimant == null ? DintilhacHead.directHeads() : DintilhacHead.claimantHeads(heirAfterDeath);
        party.add(
                new H2(getTranslation("offer.record.heads")), new Paragraph(getTranslation("offer.record.headsHelp")));
        for (DintilhacHead h : list) {
            HeadFields fields = new HeadFields(h);
            heads.add(fields);
            party.add(fields.details);
        }
        Button button = new Button(getTranslation("offer.record.save"), e -> save.run());
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        party.add(button);
    }

    /**
     * A settlement that can still be withdrawn (or awaits its L211-15 authorisation) stays visible; no new letter is
     * recorded over it.
     */
    private Paragraph refused(UserInputException refusal) {
        Paragraph refused = new Paragraph(getTranslation(refusal.messageKey(), refusal.arguments()));
        refused.addClassName("offer-record-refused");
        refused.getElement().setAttribute("role", "alert");
        return refused;
    }

    private void save(OfferInput input) {
        Refusals.of(this).inNotification(NotificationVariant.LUMO_ERROR).attempt(() -> {
            offers.record(reference, claimant, input);
            Notification.show(getTranslation("offer.record.saved"));
            UI.getCurrent().navigate("dossier/" + reference + "/offre" + (claimant == null ? "" : "?pour=" + claimant));
        });
    }

    private <T extends Enum<T>> RadioButtonGroup<T> radio(String labelKey, T[] values, String itemPrefix) {
        RadioButtonGroup<T> group = new RadioButtonGroup<>(getTranslation(labelKey));
        group.setItems(values);
        group.setItemLabelGenerator(v -> getTranslation(itemPrefix + v.name()));
        return group;
    }

    /** One head's fields, folded away until the letter has a figure for it. */
    private final class HeadFields {
        final DintilhacHead head;
        final Details details;
        final BigDecimalField gross = money("offer.line.gross");
        final BigDecimalField reduction = money("offer.line.reduction");
        final TextField reason = new TextField(getTranslation("offer.line.reductionReason"));
        final BigDecimalField payers = money("offer.line.payers");
        final TextField payerNames = new TextField(getTranslation("offer.line.payerNames"));
        final Checkbox proof = new Checkbox(getTranslation("offer.line.proof"));
        final BigDecimalField grade = new BigDecimalField(getTranslation("offer.line.grade"));
        final IntegerField days = new IntegerField(getTranslation("offer.line.days"));

        HeadFields(DintilhacHead head) {
            this.head = head;
            Div content = new Div(gross, reduction, reason, payers, payerNames);
            content.addClassName("form-column");
            if (head.personal()) {
                content.add(proof);
            }
            if (head.graded()) {
                content.add(grade);
            }
            if (head == DintilhacHead.DFT) {
                content.add(days);
            }
            details = new Details(getTranslation(head.messageKey()), content);
            details.addClassName("offer-head-" + head.name());
        }

        private BigDecimalField money(String key) {
            BigDecimalField f = new BigDecimalField(getTranslation(key));
            f.setSuffixComponent(new Span("€"));
            return f;
        }

        boolean filled() {
            return gross.getValue() != null;
        }

        HeadLine line() {
            return new HeadLine(
                    head,
                    gross.getValue(),
                    zero(reduction.getValue()),
                    reason.getValue(),
                    zero(payers.getValue()),
                    payerNames.getValue(),
                    proof.getValue(),
                    grade.getValue(),
                    days.getValue());
        }

        private BigDecimal zero(BigDecimal v) {
            return v == null ? BigDecimal.ZERO : v;
        }
    }
}
