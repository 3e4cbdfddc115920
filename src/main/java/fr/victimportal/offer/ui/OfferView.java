package fr.victimportal.offer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import fr.victimportal.claim.model.ClaimFile;
import fr.victimportal.claim.model.Minority;
import fr.victimportal.claim.model.Relation;
import fr.victimportal.offer.OfferFile;
import fr.victimportal.offer.OfferReview;
import fr.victimportal.offer.OfferService;
import fr.victimportal.offer.OfferStatus;
import fr.victimportal.shared.Formats;
import fr.victimportal.shared.ui.ClaimPage;
import fr.victimportal.shared.ui.Fields;
import fr.victimportal.shared.ui.MainLayout;
import fr.victimportal.shared.ui.Refusals;
import fr.victimportal.shared.ui.StaticHtml;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The insurer's latest offer: its review, the victim's decision with the 15-day withdrawal countdown, the withdrawal
 * letter, and the payment. What each person may do is decided by {@link OfferService}; the buttons only follow it.
 */
@Route(value = "dossier/:reference/offre", layout = MainLayout.class)
@RolesAllowed({"VICTIM", "AGENT", "HELPER"})
public class OfferView extends ClaimPage<ClaimFile> {

    private final OfferService offers;
    private final Clock clock;
    private String reference;
    private Long claimant;

    public OfferView(OfferService offers, Clock clock) {
        super("offer.pageTitle");
        this.offers = offers;
        this.clock = clock;
        addClassNames("portal-page", "offer-page");
    }

    @Override
    protected ClaimFile open(String reference) {
        return offers.claimFile(reference);
    }

    /** The agent's choice of whose offer to see ({@code ?pour=<claimant>}); anyone else's page ignores it. */
    @Override
    protected void enter(BeforeEnterEvent event, ClaimFile opened) {
        claimant = null;
        if (opened.viewer() == Relation.AGENT) {
            List<String> pour =
                    event.getLocation().getQueryParameters().getParameters().get("pour");
            try {
                claimant = pour == null || pour.isEmpty() ? null : Long.valueOf(pour.getFirst());
            } catch (NumberFormatException ignored) {
                claimant = null;
            }
        }
        show(opened);
    }

    @Override
    protected void show(ClaimFile claim) {
        reference = reference();
        Optional<OfferReview> review = offers.review(claim, claimant);
        removeAll();
        add(new H1(getTranslation("offer.title", claim.reference())));
        if (claim.viewer() == Relation.AGENT) {
            ClaimantChoice.addTo(this, offers.claimants(reference), claim.ownerName(), claimant, chosen -> {
                claimant = chosen;
                reload();
            });
        }
        OfferFile.Recipient to = review.map(r -> r.offer().recipient()).orElse(null);
        // the texts around the cards as HTML, the real components between them (issue 25)
        CardText page = new CardText(this);
        if (to != null) {
            page.add("h2", getTranslation("offer.claimant.heading", recipientName(this, to)), "offer-claimant-heading");
        } else if (claim.viewer() == Relation.RELATIVE) {
            page.add("p", getTranslation("offer.claimant.none"));
            page.flush();
            return;
        }
        if (to == null && claim.representation().settlementNeedsJudge()) {
            // L211-15: a settlement for a minor or a protected adult needs the judge's prior authorisation
            var r = claim.representation();
            page.add(
                            "p",
                            getTranslation(
                                            "representation.panel.held",
                                            claim.ownerName(),
                                            getTranslation("representation.role."
                                                    + r.role().name()),
                                            r.representedName(),
                                            getTranslation("representation.person."
                                                    + r.person().name()))
                                    + " "
                                    + getTranslation("representation.judge"),
                            "card",
                            "representation-panel")
                    .attr("role", "note");
        } else if (claim.representation().curatelle()) {
            page.add("p", getTranslation("offer.representation.curatelle"), "card", "representation-panel")
                    .attr("role", "note");
        }
        if (!claim.editable()) {
            page.add("p", getTranslation("claim.wizard.readOnly", claim.ownerName()));
        }
        String record = "dossier/" + claim.reference() + "/offre/saisie";
        if (review.isEmpty()) {
            page.add("p", getTranslation("offer.none"));
            link(page, record, "offer.record.link");
            page.flush();
            return;
        }
        page.flush();
        OfferFile f = review.get().offer();
        add(decision(f, claim), new OfferReviewPanel(review.get()));
        Locale locale = getLocale();
        Long party = claimant;
        add(download(
                () -> offers.reviewPdf(reference, party, locale),
                "analyse-offre-" + claim.reference() + ".pdf",
                "offer.pdf.review.link"));
        if (claim.viewer() != Relation.RELATIVE) {
            CardText after = new CardText(this);
            link(after, record, "offer.record.link");
            after.flush();
        }
    }

    /** A link to another page of the portal, followed by the router, as static HTML. */
    private void link(CardText text, String href, String labelKey) {
        text.add("a", getTranslation(labelKey), "action-link")
                .attr("href", href)
                .attr("router-link", "");
    }

    /** "Léa Martin (enfant)": whom an offer is made to, with their link to the victim. */
    static String recipientName(com.vaadin.flow.component.Component c, OfferFile.Recipient to) {
        return to.name() + " ("
                + c.getTranslation("family.link." + to.link().name()).toLowerCase(java.util.Locale.ROOT) + ")";
    }

    /** @param claim the claim file this page was opened with (issue 25: not read a second time) */
    private Section decision(OfferFile f, ClaimFile claim) {
        Section s = new Section();
        s.addClassNames("card", "offer-decision");
        CardText text = new CardText(s);
        text.add("h2", getTranslation(f.settlement() == null ? "offer.decision.title" : "offer.settlement.title"));
        if (f.claimantMinor()) {
            // L211-15: a minor's settlement needs the juge des tutelles' authorisation before its periods start
            text.add(
                            "p",
                            getTranslation(
                                    "offer.claimant.minor",
                                    f.recipient().name(),
                                    f.recipient().representativeName()),
                            "offer-claimant-minor")
                    .attr("role", "note");
        }
        if (f.status() == OfferStatus.RECORDED) {
            text.add("p", getTranslation(forReader(f, "offer.withdrawalRight")), "withdrawal-right");
            if (f.mayDecide()) {
                Button refuse = new Button(
                        getTranslation("offer.refuse.button"),
                        e -> act(() -> offers.refuse(reference, f.id(), f.version())));
                refuse.setDisableOnClick(true);
                Div buttons = new Div(refuse);
                if (!f.toClaimant() && Minority.unrepresentedMinorOn(claim, LocalDate.now(clock))) {
                    // L211-15: a minor cannot accept alone; the service refuses it too until a representative is
                    // recorded
                    text.add("p", getTranslation("offer.minor.unrepresented"), "minor-unrepresented")
                            .attr("role", "alert");
                    if (claim.editable()) {
                        StaticHtml.add(
                                        text.add("p", ""),
                                        "a",
                                        getTranslation("representation.panel.edit"),
                                        "action-link")
                                .attr("href", "dossier/" + claim.reference() + "/representation")
                                .attr("router-link", "");
                    }
                } else {
                    Button accept = new Button(getTranslation("offer.accept.button"), e -> confirmAcceptance(f));
                    accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                    buttons.addComponentAsFirst(accept);
                }
                buttons.addClassName("wizard-buttons");
                text.add(buttons);
            } else {
                text.add("p", getTranslation("offer.decision.ownerOnly"));
            }
        } else if (f.status() == OfferStatus.REFUSED) {
            text.add("p", getTranslation(forReader(f, "offer.refused")));
        }
        OfferFile.SettlementState st = f.settlement();
        if (st != null) {
            new SettlementSection(this, this::getLocale, offers, clock, reference, this::act, this::download)
                    .addTo(text, f, st);
        }
        text.flush();
        return s;
    }

    /** The victim reads "you may change your mind"; a caseworker, an agent or a doctor reads "the victim may". */
    static String forReader(OfferFile f, String key) {
        return f.mayDecide() ? key : key + ".other";
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
        DatePicker signedOn = Fields.datePicker(getTranslation("offer.accept.signedOn"), LocalDate.now(clock));
        signedOn.setMin(f.offer().receivedOn());
        signedOn.setValue(LocalDate.now(clock));
        Paragraph nothingSent = new Paragraph(getTranslation("offer.accept.sendsNothing"));
        nothingSent.addClassName("offer-sends-nothing");
        dialog.setText(new Div(
                new Paragraph(getTranslation(
                        "offer.accept.confirm.text", Formats.euros(f.totals().net(), getLocale()))),
                signedOn,
                nothingSent,
                right));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("offer.accept.confirm.cancel"));
        dialog.setConfirmText(getTranslation("offer.accept.confirm.ok"));
        dialog.addConfirmListener(e -> act(() -> offers.accept(reference, f.id(), f.version(), signedOn.getValue())));
        dialog.open();
    }

    private void act(Supplier<OfferFile> action) {
        try {
            Refusals.of(this).inNotification(NotificationVariant.LUMO_WARNING).attempt(action::get);
        } catch (OptimisticLockingFailureException | DataIntegrityViolationException changedElsewhere) {
            Notification.show(getTranslation("offer.error.changedElsewhere"))
                    .addThemeVariants(NotificationVariant.LUMO_WARNING);
        }
        reload();
    }

    /**
     * A PDF link whose document is made when it is clicked, in that request (the service checks the user again):
     * a PDF built with the page stayed in the session's memory for nothing (22.6 kB a session measured).
     */
    private Anchor download(Supplier<byte[]> pdf, String name, String labelKey) {
        Anchor a = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = pdf.get();
                    return new DownloadResponse(new ByteArrayInputStream(bytes), name, "application/pdf", bytes.length);
                }),
                getTranslation(labelKey));
        a.addClassName("pdf-link");
        return a;
    }

    private String date(LocalDate d) {
        return Formats.date(d, getLocale());
    }
}
