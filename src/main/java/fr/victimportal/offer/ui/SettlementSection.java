package fr.victimportal.offer.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import fr.victimportal.claim.model.Relation;
import fr.victimportal.deadline.PenaltyEstimate;
import fr.victimportal.offer.OfferFile;
import fr.victimportal.offer.OfferKind;
import fr.victimportal.offer.OfferService;
import fr.victimportal.shared.Formats;
import fr.victimportal.shared.ui.Fields;
import fr.victimportal.shared.ui.StaticHtml;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jsoup.nodes.Element;

/**
 * The settlement part of {@link OfferView}'s decision card: the concluded transaction, the judge's authorisation, the
 * withdrawal countdown and letter (L211-16), the payment (L211-17) and what remains possible. It adds its components
 * to the card it is given, in the page's order; the actions go through the view's runner, which re-renders the page.
 */
final class SettlementSection {

    /** Makes a PDF link whose document is built when it is clicked. */
    @FunctionalInterface
    interface Downloads {
        Anchor link(Supplier<byte[]> pdf, String name, String labelKey);
    }

    private final Component host;
    private final OfferService offers;
    private final Clock clock;
    private final String reference;
    private final Consumer<Supplier<OfferFile>> act;
    private final Downloads downloads;
    private final Supplier<Locale> locale;

    SettlementSection(
            Component host,
            Supplier<Locale> locale,
            OfferService offers,
            Clock clock,
            String reference,
            Consumer<Supplier<OfferFile>> act,
            Downloads downloads) {
        this.host = host;
        this.locale = locale;
        this.offers = offers;
        this.clock = clock;
        this.reference = reference;
        this.act = act;
        this.downloads = downloads;
    }

    /** Adds the settlement's texts and components to the decision card, through its {@link CardText}. */
    void addTo(CardText s, OfferFile f, OfferFile.SettlementState st) {
        settlement(s, f, st);
    }

    private void settlement(CardText s, OfferFile f, OfferFile.SettlementState st) {
        s.add("p", getTranslation("offer.settlement.concluded", date(st.concludedOn())));
        boolean provisional = f.offer().kind() == OfferKind.PROVISIONAL;
        if (st.withdrawn()) {
            s.add("p", getTranslation("offer.settlement.withdrawn", date(st.withdrawnOn())));
            if (f.viewer() != Relation.AGENT) {
                s.add(download(
                        () -> offers.withdrawalLetter(reference),
                        "denonciation-" + reference + ".pdf",
                        "offer.pdf.letter.link"));
            }
            return;
        }
        if (provisional) {
            // L211-9 al. 3: a provisional settlement does not close the claim; the definitive offer is still due
            s.add("p", getTranslation("offer.settlement.provisional"), "settlement-provisional");
        }
        if (st.awaitingAuthorisation()) {
            awaitingAuthorisation(s, f);
            remaining(s, st);
            return;
        }
        if (st.authorisedOn() != null) {
            s.add("p", getTranslation("offer.authorisation.recorded", date(st.authorisedOn())));
        }
        if (st.withdrawable()) {
            s.add(
                    "p",
                    getTranslation(
                            OfferView.forReader(f, "offer.settlement.countdown"),
                            date(st.withdrawalEndsOn()),
                            st.daysLeft()),
                    "withdrawal-countdown");
            LocalDate nominal = st.withdrawalNominalEnd();
            if (nominal != null
                    && nominal.isBefore(st.withdrawalEndsOn())
                    && !LocalDate.now(clock).isAfter(nominal)) {
                // the prudent reading: the move to the next working day may not apply to L211-16
                s.add(
                        "p",
                        getTranslation(
                                OfferView.forReader(f, "offer.settlement.prudentEnd"),
                                date(nominal),
                                date(st.withdrawalEndsOn())),
                        "withdrawal-prudent-end");
            }
            if (f.mayDecide()) {
                s.add(withdrawal(f, st, true));
            }
        } else {
            s.add(
                    "p",
                    getTranslation(
                            provisional ? "offer.settlement.finalProvisional" : "offer.settlement.final",
                            date(st.withdrawalEndsOn())));
            if (f.mayDecide()) {
                s.add(withdrawal(f, st, false));
            }
        }
        payment(s, f, st);
        remaining(s, st);
    }

    /** L211-15: the clocks wait for the judge's (or family council's) authorisation, which the representative records. */
    private void awaitingAuthorisation(CardText s, OfferFile f) {
        // a relative's or heir's own offer (issue 24): it is that minor's settlement, not the victim's
        s.add(
                "p",
                f.toClaimant()
                        ? getTranslation(
                                "offer.authorisation.awaiting.claimant",
                                f.recipient().name())
                        : getTranslation("offer.authorisation.awaiting"),
                "settlement-awaiting-authorisation");
        if (f.mayDecide() || f.viewer() == Relation.AGENT) {
            DatePicker on = Fields.datePicker(getTranslation("offer.authorisation.date"), LocalDate.now(clock));
            Button record = new Button(
                    getTranslation("offer.authorisation.button"),
                    e -> act(() -> offers.recordAuthorisation(reference, f.id(), on.getValue())));
            Div form = new Div(on, record);
            form.addClassName("form-column");
            s.add(form);
        }
    }

    /**
     * L211-16: the portal prepares the letter; the withdrawal exists once the registered letter is sent, so the victim
     * confirms the sending date. After the last day, only a letter already sent in time may still be recorded.
     */
    private Component withdrawal(OfferFile f, OfferFile.SettlementState st, boolean open) {
        Div box = new Div();
        box.addClassNames("form-column", "offer-withdrawal");
        LocalDate today = LocalDate.now(clock);
        DatePicker sentOn = Fields.datePicker(
                getTranslation("offer.withdraw.sentOn"),
                st.withdrawalEndsOn().isBefore(today) ? st.withdrawalEndsOn() : today);
        sentOn.setMin(st.concludedOn());
        if (open) {
            sentOn.setValue(today);
        }
        TextField place = new TextField(getTranslation("offer.withdraw.place"));
        place.setMaxLength(120);
        Button withdraw = new Button(
                getTranslation(open ? "offer.withdraw.button" : "offer.withdraw.sentInTimeButton"),
                e -> act(() -> offers.withdraw(reference, f.id(), f.version(), sentOn.getValue(), place.getValue())));
        withdraw.setDisableOnClick(true);
        if (open) {
            CardText text = new CardText(box);
            text.add("h2", getTranslation("offer.withdraw.title"));
            text.add("p", getTranslation("offer.withdraw.explain", date(st.withdrawalEndsOn())));
            text.add(place);
            AtomicReference<String> chosen = new AtomicReference<>();
            Anchor draft = download(
                    () -> offers.withdrawalDraft(reference, chosen.get()),
                    "denonciation-" + reference + ".pdf",
                    "offer.withdraw.draft");
            draft.setEnabled(false);
            place.setValueChangeMode(ValueChangeMode.EAGER);
            place.addValueChangeListener(e -> {
                chosen.set(e.getValue());
                draft.setEnabled(e.getValue() != null && !e.getValue().isBlank());
            });
            box.add(draft, sentOn, withdraw);
            return box;
        }
        Details late = new Details(
                getTranslation("offer.withdraw.sentInTime", date(st.withdrawalEndsOn())),
                new Div(sentOn, place, withdraw));
        late.addClassName("offer-withdrawal-sent-in-time");
        return late;
    }

    private void payment(CardText s, OfferFile f, OfferFile.SettlementState st) {
        s.add("p", getTranslation("offer.payment.due", date(st.paymentDueOn())));
        if (!st.payments().isEmpty()) {
            s.add("h3", getTranslation("offer.payment.list"));
            Element list = s.list("offer-payments");
            st.payments()
                    .forEach(p -> StaticHtml.add(
                            list,
                            "li",
                            getTranslation(
                                    "offer.payment.item", date(p.paidOn()), Formats.euros(p.amount(), getLocale()))));
        }
        if (st.paidInFull()) {
            s.add(
                    "p",
                    getTranslation(
                            "offer.payment.paid", date(st.paidOn()), Formats.euros(st.paidAmount(), getLocale())));
        } else if (!st.payments().isEmpty()) {
            s.add(
                    "p",
                    getTranslation(
                            "offer.payment.partial",
                            Formats.euros(st.paidAmount(), getLocale()),
                            Formats.euros(st.outstanding(), getLocale())));
        }
        if (st.lateInterest() != null) {
            s.add("p", getTranslation("offer.payment.late", Formats.euros(st.lateInterest(), getLocale())));
            // a half-year with no published legal rate is left out of the estimate and named (L211-17)
            st.latePayments().stream()
                    .flatMap(e -> e.gaps().stream())
                    .distinct()
                    .forEach(gap -> s.add(
                            "p", getTranslation(PenaltyEstimate.UNAVAILABLE_KEY, date(gap.from()), date(gap.to()))));
            s.add("p", getTranslation(PenaltyEstimate.DISCLAIMER_KEY));
        }
        if (f.mayRecordPayment() && !st.paidInFull()) {
            DatePicker paidOn = Fields.datePicker(getTranslation("offer.payment.date"), LocalDate.now(clock));
            BigDecimalField amount = new BigDecimalField(getTranslation("offer.payment.amount"));
            amount.setValue(st.outstanding());
            Button pay = new Button(
                    getTranslation("offer.payment.button"),
                    e -> act(() -> offers.recordPayment(reference, f.id(), paidOn.getValue(), amount.getValue())));
            Div form = new Div(paidOn, amount, pay);
            form.addClassName("form-column");
            s.add(form);
        }
    }

    /** What remains possible after a settlement (L211-16, L211-10, L211-14), in plain words and the law's. */
    private void remaining(CardText s, OfferFile.SettlementState st) {
        s.add("h3", getTranslation("offer.remaining.title"));
        Element list = s.list("offer-remaining");
        if (st.withdrawable()) {
            StaticHtml.add(list, "li", getTranslation("offer.remaining.withdraw", date(st.withdrawalEndsOn())));
        }
        for (String key : new String[] {"nullityMention", "nullityInformation", "insufficient"}) {
            StaticHtml.add(list, "li", getTranslation("offer.remaining." + key));
        }
    }

    private void act(Supplier<OfferFile> action) {
        act.accept(action);
    }

    private Anchor download(Supplier<byte[]> pdf, String name, String labelKey) {
        return downloads.link(pdf, name, labelKey);
    }

    private String getTranslation(String key, Object... params) {
        return host.getTranslation(key, params);
    }

    private Locale getLocale() {
        return locale.get();
    }

    private String date(LocalDate d) {
        return Formats.date(d, getLocale());
    }
}
