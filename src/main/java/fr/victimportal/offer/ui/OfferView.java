package fr.victimportal.offer.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import fr.victimportal.claim.ClaimFile;
import fr.victimportal.claim.ClaimNotFoundException;
import fr.victimportal.deadline.PenaltyEstimate;
import fr.victimportal.offer.OfferFile;
import fr.victimportal.offer.OfferReview;
import fr.victimportal.offer.OfferService;
import fr.victimportal.offer.OfferStatus;
import fr.victimportal.shared.UserInputException;
import fr.victimportal.shared.ui.Formats;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The insurer's latest offer: its review, the victim's decision with the 15-day withdrawal countdown, the withdrawal
 * letter, and the payment. What each person may do is decided by {@link OfferService}; the buttons only follow it.
 */
@Route(value = "dossier/:reference/offre", layout = fr.victimportal.shared.ui.MainLayout.class)
@RolesAllowed({"VICTIM", "AGENT", "HELPER"})
public class OfferView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final OfferService offers;
    private final Clock clock;
    private String reference;

    public OfferView(OfferService offers, Clock clock) {
        this.offers = offers;
        this.clock = clock;
        addClassNames("portal-page", "offer-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        reference = event.getRouteParameters().get("reference").orElse(null);
        try {
            render();
        } catch (ClaimNotFoundException notYours) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void render() {
        ClaimFile claim = offers.claimFile(reference);
        Optional<OfferReview> review = offers.review(reference);
        removeAll();
        add(new H1(getTranslation("offer.title", claim.reference())));
        if (claim.representation().settlementNeedsJudge()) {
            // L211-15: a settlement for a minor or a protected adult needs the judge's prior authorisation
            var r = claim.representation();
            Paragraph judge = new Paragraph(getTranslation("representation.panel.held", claim.ownerName(),
                    getTranslation("representation.role." + r.role().name()), r.representedName(),
                    getTranslation("representation.person." + r.person().name())) + " "
                    + getTranslation("representation.judge"));
            judge.addClassNames("card", "representation-panel");
            judge.getElement().setAttribute("role", "note");
            add(judge);
        } else if (claim.representation().curatelle()) {
            Paragraph curatelle = new Paragraph(getTranslation("offer.representation.curatelle"));
            curatelle.addClassNames("card", "representation-panel");
            curatelle.getElement().setAttribute("role", "note");
            add(curatelle);
        }
        if (!claim.editable()) {
            add(new Paragraph(getTranslation("claim.wizard.readOnly", claim.ownerName())));
        }
        Anchor record = new Anchor("dossier/" + claim.reference() + "/offre/saisie",
                getTranslation("offer.record.link"));
        record.addClassName("action-link");
        if (review.isEmpty()) {
            add(new Paragraph(getTranslation("offer.none")), record);
            return;
        }
        OfferFile f = review.get().offer();
        add(decision(f), new OfferReviewPanel(review.get()));
        java.util.Locale locale = getLocale();
        add(download(() -> offers.reviewPdf(reference, locale), "analyse-offre-" + claim.reference() + ".pdf",
                "offer.pdf.review.link"), record);
    }

    private Section decision(OfferFile f) {
        Section s = new Section(new H2(getTranslation(f.settlement() == null ? "offer.decision.title"
                : "offer.settlement.title")));
        s.addClassNames("card", "offer-decision");
        Paragraph right = new Paragraph(getTranslation(forReader(f, "offer.withdrawalRight")));
        right.addClassName("withdrawal-right");
        if (f.status() == OfferStatus.RECORDED) {
            s.add(right);
            if (f.mayDecide()) {
                Button refuse = new Button(getTranslation("offer.refuse.button"),
                        e -> act(() -> offers.refuse(reference, f.id(), f.version())));
                refuse.setDisableOnClick(true);
                Div buttons = new Div(refuse);
                ClaimFile claim = offers.claimFile(reference);
                if (fr.victimportal.claim.Minority.unrepresentedMinorOn(claim, LocalDate.now(clock))) {
                    // L211-15: a minor cannot accept alone; the service refuses it too until a representative is
                    // recorded
                    Paragraph minor = new Paragraph(getTranslation("offer.minor.unrepresented"));
                    minor.addClassNames("minor-unrepresented");
                    minor.getElement().setAttribute("role", "alert");
                    s.add(minor);
                    if (claim.editable()) {
                        Anchor represent = new Anchor("dossier/" + claim.reference() + "/representation",
                                getTranslation("representation.panel.edit"));
                        represent.addClassName("action-link");
                        s.add(new Paragraph(represent));
                    }
                } else {
                    Button accept = new Button(getTranslation("offer.accept.button"), e -> confirmAcceptance(f));
                    accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                    buttons.addComponentAsFirst(accept);
                }
                buttons.addClassName("wizard-buttons");
                s.add(buttons);
            } else {
                s.add(new Paragraph(getTranslation("offer.decision.ownerOnly")));
            }
        } else if (f.status() == OfferStatus.REFUSED) {
            s.add(new Paragraph(getTranslation(forReader(f, "offer.refused"))));
        }
        OfferFile.SettlementState st = f.settlement();
        if (st != null) {
            settlement(s, f, st);
        }
        return s;
    }

    private void settlement(Section s, OfferFile f, OfferFile.SettlementState st) {
        s.add(new Paragraph(getTranslation("offer.settlement.concluded", date(st.concludedOn()))));
        boolean provisional = f.offer().kind() == fr.victimportal.offer.OfferKind.PROVISIONAL;
        if (st.withdrawn()) {
            s.add(new Paragraph(getTranslation("offer.settlement.withdrawn", date(st.withdrawnOn()))));
            if (f.viewer() != fr.victimportal.claim.Relation.AGENT) {
                s.add(download(() -> offers.withdrawalLetter(reference), "denonciation-" + reference + ".pdf",
                        "offer.pdf.letter.link"));
            }
            return;
        }
        if (provisional) {
            // L211-9 al. 3: a provisional settlement does not close the claim; the definitive offer is still due
            Paragraph p = new Paragraph(getTranslation("offer.settlement.provisional"));
            p.addClassName("settlement-provisional");
            s.add(p);
        }
        if (st.awaitingAuthorisation()) {
            awaitingAuthorisation(s, f);
            remaining(s, st);
            return;
        }
        if (st.authorisedOn() != null) {
            s.add(new Paragraph(getTranslation("offer.authorisation.recorded", date(st.authorisedOn()))));
        }
        if (st.withdrawable()) {
            Paragraph countdown = new Paragraph(getTranslation(forReader(f, "offer.settlement.countdown"),
                    date(st.withdrawalEndsOn()), st.daysLeft()));
            countdown.addClassName("withdrawal-countdown");
            s.add(countdown);
            LocalDate nominal = st.withdrawalNominalEnd();
            if (nominal != null && nominal.isBefore(st.withdrawalEndsOn()) && !LocalDate.now(clock).isAfter(nominal)) {
                // the prudent reading: the move to the next working day may not apply to L211-16
                Paragraph prudent = new Paragraph(getTranslation(forReader(f, "offer.settlement.prudentEnd"),
                        date(nominal), date(st.withdrawalEndsOn())));
                prudent.addClassName("withdrawal-prudent-end");
                s.add(prudent);
            }
            if (f.mayDecide()) {
                s.add(withdrawal(f, st, true));
            }
        } else {
            s.add(new Paragraph(getTranslation(provisional ? "offer.settlement.finalProvisional"
                    : "offer.settlement.final", date(st.withdrawalEndsOn()))));
            if (f.mayDecide()) {
                s.add(withdrawal(f, st, false));
            }
        }
        payment(s, f, st);
        remaining(s, st);
    }

    /** L211-15: the clocks wait for the judge's (or family council's) authorisation, which the representative records. */
    private void awaitingAuthorisation(Section s, OfferFile f) {
        Paragraph waiting = new Paragraph(getTranslation("offer.authorisation.awaiting"));
        waiting.addClassName("settlement-awaiting-authorisation");
        s.add(waiting);
        if (f.viewer() == fr.victimportal.claim.Relation.OWNER || f.viewer() == fr.victimportal.claim.Relation.AGENT) {
            DatePicker on = fr.victimportal.shared.ui.Fields.datePicker(getTranslation("offer.authorisation.date"),
                    LocalDate.now(clock));
            Button record = new Button(getTranslation("offer.authorisation.button"),
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
    private com.vaadin.flow.component.Component withdrawal(OfferFile f, OfferFile.SettlementState st, boolean open) {
        Div box = new Div();
        box.addClassNames("form-column", "offer-withdrawal");
        LocalDate today = LocalDate.now(clock);
        DatePicker sentOn = fr.victimportal.shared.ui.Fields.datePicker(getTranslation("offer.withdraw.sentOn"),
                st.withdrawalEndsOn().isBefore(today) ? st.withdrawalEndsOn() : today);
        sentOn.setMin(st.concludedOn());
        if (open) {
            sentOn.setValue(today);
        }
        com.vaadin.flow.component.textfield.TextField place = new com.vaadin.flow.component.textfield.TextField(
                getTranslation("offer.withdraw.place"));
        place.setMaxLength(120);
        Button withdraw = new Button(getTranslation(open ? "offer.withdraw.button" : "offer.withdraw.sentInTimeButton"),
                e -> act(() -> offers.withdraw(reference, f.id(), f.version(), sentOn.getValue(), place.getValue())));
        withdraw.setDisableOnClick(true);
        if (open) {
            box.add(new H2(getTranslation("offer.withdraw.title")),
                    new Paragraph(getTranslation("offer.withdraw.explain", date(st.withdrawalEndsOn()))), place);
            java.util.concurrent.atomic.AtomicReference<String> chosen = new java.util.concurrent.atomic.AtomicReference<>();
            Anchor draft = download(() -> offers.withdrawalDraft(reference, chosen.get()),
                    "denonciation-" + reference + ".pdf", "offer.withdraw.draft");
            draft.setEnabled(false);
            place.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
            place.addValueChangeListener(e -> {
                chosen.set(e.getValue());
                draft.setEnabled(e.getValue() != null && !e.getValue().isBlank());
            });
            box.add(draft, sentOn, withdraw);
            return box;
        }
        com.vaadin.flow.component.details.Details late = new com.vaadin.flow.component.details.Details(
                getTranslation("offer.withdraw.sentInTime", date(st.withdrawalEndsOn())), new Div(sentOn, place, withdraw));
        late.addClassName("offer-withdrawal-sent-in-time");
        return late;
    }

    private void payment(Section s, OfferFile f, OfferFile.SettlementState st) {
        s.add(new Paragraph(getTranslation("offer.payment.due", date(st.paymentDueOn()))));
        if (!st.payments().isEmpty()) {
            com.vaadin.flow.component.html.UnorderedList list = new com.vaadin.flow.component.html.UnorderedList();
            list.addClassName("offer-payments");
            st.payments().forEach(p -> list.add(new com.vaadin.flow.component.html.ListItem(getTranslation(
                    "offer.payment.item", date(p.paidOn()), Formats.euros(p.amount(), getLocale())))));
            s.add(new com.vaadin.flow.component.html.H3(getTranslation("offer.payment.list")), list);
        }
        if (st.paidInFull()) {
            s.add(new Paragraph(getTranslation("offer.payment.paid", date(st.paidOn()),
                    Formats.euros(st.paidAmount(), getLocale()))));
        } else if (!st.payments().isEmpty()) {
            s.add(new Paragraph(getTranslation("offer.payment.partial", Formats.euros(st.paidAmount(), getLocale()),
                    Formats.euros(st.outstanding(), getLocale()))));
        }
        if (st.lateInterest() != null) {
            s.add(new Paragraph(getTranslation("offer.payment.late", Formats.euros(st.lateInterest(), getLocale()))));
            // a half-year with no published legal rate is left out of the estimate and named (L211-17)
            st.latePayments().stream().flatMap(e -> e.gaps().stream()).distinct().forEach(gap -> s.add(new Paragraph(
                    getTranslation(PenaltyEstimate.UNAVAILABLE_KEY, date(gap.from()), date(gap.to())))));
            s.add(new Paragraph(getTranslation(PenaltyEstimate.DISCLAIMER_KEY)));
        }
        if (f.mayRecordPayment() && !st.paidInFull()) {
            DatePicker paidOn = fr.victimportal.shared.ui.Fields.datePicker(getTranslation("offer.payment.date"),
                    LocalDate.now(clock));
            BigDecimalField amount = new BigDecimalField(getTranslation("offer.payment.amount"));
            amount.setValue(st.outstanding());
            Button pay = new Button(getTranslation("offer.payment.button"),
                    e -> act(() -> offers.recordPayment(reference, f.id(), paidOn.getValue(), amount.getValue())));
            Div form = new Div(paidOn, amount, pay);
            form.addClassName("form-column");
            s.add(form);
        }
    }

    /** What remains possible after a settlement (L211-16, L211-10, L211-14), in plain words and the law's. */
    private void remaining(Section s, OfferFile.SettlementState st) {
        com.vaadin.flow.component.html.UnorderedList list = new com.vaadin.flow.component.html.UnorderedList();
        list.addClassName("offer-remaining");
        if (st.withdrawable()) {
            list.add(new com.vaadin.flow.component.html.ListItem(getTranslation("offer.remaining.withdraw",
                    date(st.withdrawalEndsOn()))));
        }
        for (String key : new String[] {"nullityMention", "nullityInformation", "insufficient"}) {
            list.add(new com.vaadin.flow.component.html.ListItem(getTranslation("offer.remaining." + key)));
        }
        s.add(new com.vaadin.flow.component.html.H3(getTranslation("offer.remaining.title")), list);
    }

    /** The victim reads "you may change your mind"; a caseworker, an agent or a doctor reads "the victim may". */
    private static String forReader(OfferFile f, String key) {
        return f.viewer() == fr.victimportal.claim.Relation.OWNER ? key : key + ".other";
    }

    /**
     * L211-16 in large type inside the confirmation: nobody accepts without having seen the 15 days. The victim gives
     * the date the transaction was signed (default today, never in the future nor before the offer), and reads that
     * recording it here sends nothing to the insurer.
     */
    private void confirmAcceptance(OfferFile f) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("offer.accept.confirm.title"));
        Paragraph right = new Paragraph(getTranslation("offer.withdrawalRight"));
        right.addClassName("withdrawal-right");
        right.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("font-weight", "700");
        DatePicker signedOn = fr.victimportal.shared.ui.Fields.datePicker(getTranslation("offer.accept.signedOn"),
                LocalDate.now(clock));
        signedOn.setMin(f.offer().receivedOn());
        signedOn.setValue(LocalDate.now(clock));
        Paragraph nothingSent = new Paragraph(getTranslation("offer.accept.sendsNothing"));
        nothingSent.addClassName("offer-sends-nothing");
        dialog.setText(new Div(new Paragraph(getTranslation("offer.accept.confirm.text",
                Formats.euros(f.totals().net(), getLocale()))), signedOn, nothingSent, right));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("offer.accept.confirm.cancel"));
        dialog.setConfirmText(getTranslation("offer.accept.confirm.ok"));
        dialog.addConfirmListener(e -> act(() -> offers.accept(reference, f.id(), f.version(), signedOn.getValue())));
        dialog.open();
    }

    private void act(Supplier<OfferFile> action) {
        try {
            action.get();
        } catch (UserInputException refusal) {
            Notification.show(getTranslation(refusal.messageKey(), refusal.arguments()))
                    .addThemeVariants(NotificationVariant.LUMO_WARNING);
        } catch (OptimisticLockingFailureException | DataIntegrityViolationException changedElsewhere) {
            Notification.show(getTranslation("offer.error.changedElsewhere"))
                    .addThemeVariants(NotificationVariant.LUMO_WARNING);
        }
        render();
    }

    /**
     * A PDF link whose document is made when it is clicked, in that request (the service checks the user again):
     * a PDF built with the page stayed in the session's memory for nothing (22.6 kB a session measured).
     */
    private Anchor download(java.util.function.Supplier<byte[]> pdf, String name, String labelKey) {
        Anchor a = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = pdf.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), name, "application/pdf", bytes.length);
        }), getTranslation(labelKey));
        a.addClassName("pdf-link");
        return a;
    }

    private String date(LocalDate d) {
        return Formats.date(d, getLocale());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("offer.pageTitle") + " · " + getTranslation("app.name");
    }
}
