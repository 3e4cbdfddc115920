package fr.victimportal.offer;

import com.vaadin.flow.i18n.I18NProvider;
import fr.victimportal.claim.DintilhacHead;
import fr.victimportal.deadline.PenaltyEstimate;
import fr.victimportal.shared.Formats;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

/**
 * The two documents the victim keeps: the review of the offer (in the reader's language) and the L211-16 withdrawal
 * letter to the insurer (always in French, ready to send by registered letter with acknowledgment of receipt).
 * Every text comes from the translations.
 */
@Component
class OfferPdf {

    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 12, Font.BOLD);
    private static final Font BODY = new Font(Font.HELVETICA, 10);
    private static final Font BOLD = new Font(Font.HELVETICA, 10, Font.BOLD);

    private final I18NProvider i18n;

    OfferPdf(I18NProvider i18n) {
        this.i18n = i18n;
    }

    private String getTranslation(Locale locale, String key, Object... args) {
        return i18n.getTranslation(key, locale, args);
    }

    byte[] review(OfferReview review, LocalDate today, Locale locale) {
        OfferFile f = review.offer();
        OfferInput in = f.offer();
        return write(doc -> {
            doc.add(new Paragraph(getTranslation(locale, "offer.pdf.review.title", f.claimReference()), TITLE));
            doc.add(text(getTranslation(locale, "offer.pdf.review.victim", f.victimName())));
            doc.add(text(getTranslation(
                    locale,
                    "offer.pdf.review.insurer",
                    in.insurerName(),
                    Formats.date(in.receivedOn(), locale),
                    getTranslation(locale, "offer.kind." + in.kind()))));
            doc.add(text(getTranslation(locale, "offer.pdf.review.generated", Formats.date(today, locale))));

            doc.add(heading(getTranslation(locale, "offer.heads.title")));
            PdfPTable table = new PdfPTable(new float[] {4, 2, 2, 2, 2});
            table.setWidthPercentage(100);
            for (String key : new String[] {
                "offer.head.column", "offer.line.gross", "offer.line.reduction", "offer.line.payers", "offer.line.net"
            }) {
                table.addCell(cell(getTranslation(locale, key), BOLD));
            }
            for (OfferFile.Line l : f.lines()) {
                table.addCell(cell(
                        getTranslation(locale, l.head().messageKey()) + " ("
                                + l.head().name() + ")",
                        BODY));
                table.addCell(money(l.input().gross(), locale));
                table.addCell(money(l.input().reduction(), locale));
                table.addCell(money(l.input().payerClaims(), locale));
                table.addCell(money(l.net(), locale));
            }
            table.addCell(cell(getTranslation(locale, "offer.totals"), BOLD));
            table.addCell(money(f.totals().gross(), locale));
            table.addCell(money(f.totals().reduction(), locale));
            table.addCell(money(f.totals().payerClaims(), locale));
            table.addCell(money(f.totals().net(), locale));
            doc.add(table);

            doc.add(heading(getTranslation(locale, "offer.completeness.title")));
            if (review.complete()) {
                doc.add(text(getTranslation(locale, "offer.completeness.ok")));
            }
            for (OfferReview.Missing m : review.missing()) {
                doc.add(text("• "
                        + getTranslation(
                                locale,
                                "offer.missing." + m.element(),
                                m.head() == null
                                        ? ""
                                        : getTranslation(locale, m.head().messageKey()))));
            }

            doc.add(heading(getTranslation(locale, "offer.timeliness.title")));
            OfferReview.Timeliness t = review.timeliness();
            String basis = t.aggravation()
                    ? null
                    : switch (t.basis()) {
                        case STANDARD -> null;
                        case PROVISIONAL_NOT_ALLOWED ->
                            getTranslation(
                                    locale,
                                    "offer.timeliness.provisionalNotAllowed",
                                    Formats.date(t.basisDate(), locale),
                                    Formats.date(t.checked().getFirst().dueDate(), locale));
                        case PROVISIONAL_DEFINITIVE_DUE ->
                            t.definitive() == null
                                    ? getTranslation(locale, "offer.timeliness.definitiveDueUnknown")
                                    : getTranslation(
                                            locale,
                                            "offer.timeliness.definitiveDue",
                                            Formats.date(t.definitive().dueDate(), locale),
                                            t.definitive().legalBasis());
                        case AFTER_PROVISIONAL_IN_TIME ->
                            getTranslation(
                                    locale, "offer.timeliness.afterProvisional", Formats.date(t.basisDate(), locale));
                        case AFTER_PROVISIONAL_NO_CONSOLIDATION_DATE ->
                            getTranslation(
                                    locale,
                                    "offer.timeliness.afterProvisionalNoDate",
                                    Formats.date(t.basisDate(), locale));
                        case HEIRS_AFTER_DEATH, RELATIVE_NO_DATE ->
                            getTranslation(
                                    locale,
                                    t.claimantBasisKey(),
                                    t.basisDate() == null ? "" : Formats.date(t.basisDate(), locale));
                    };
            if (basis != null) {
                doc.add(text(basis));
            }
            if (t.aggravation()) {
                doc.add(text(getTranslation(locale, "offer.timeliness.aggravation")));
            } else if (t.late()) {
                doc.add(text(getTranslation(
                        locale,
                        "offer.timeliness.late",
                        Formats.date(t.missed().dueDate(), locale),
                        t.missed().legalBasis())));
                PenaltyEstimate p = t.penalty();
                doc.add(text(getTranslation(
                        locale,
                        "offer.timeliness.penalty",
                        Formats.euros(p.total(), locale),
                        Formats.date(p.from(), locale),
                        Formats.date(p.to(), locale))));
                doc.add(text(getTranslation(locale, "offer.timeliness.base", Formats.euros(p.base(), locale))));
                doc.add(text(getTranslation(locale, PenaltyEstimate.DISCLAIMER_KEY)));
            } else if (t.showsOnTime()) {
                doc.add(text(getTranslation(locale, "offer.timeliness.onTime")));
            }

            doc.add(heading(getTranslation(locale, "offer.benchmark.title")));
            for (OfferReview.HeadBenchmark b : review.benchmarks()) {
                String head = getTranslation(locale, b.head().messageKey());
                switch (b.status()) {
                    case NO_BENCHMARK -> {
                        doc.add(text(getTranslation(locale, "offer.benchmark.none", head)));
                        doc.add(text(getTranslation(locale, "offer.benchmark.howToLoad")));
                    }
                    case NEEDS_GRADE -> doc.add(text(getTranslation(locale, "offer.benchmark.needsGrade", head)));
                    case COMPARED ->
                        b.comparisons()
                                .forEach(c -> doc.add(text(getTranslation(
                                        locale,
                                        b.head() == DintilhacHead.DFT
                                                ? "offer.benchmark.rangePerDay"
                                                : b.head() == DintilhacHead.DFP
                                                        ? "offer.benchmark.rangePerPoint"
                                                        : "offer.benchmark.range",
                                        head,
                                        Formats.euros(b.compared(), locale),
                                        Formats.euros(c.low(), locale),
                                        Formats.euros(c.high(), locale),
                                        c.benchmark().referential(),
                                        c.benchmark().source(),
                                        c.benchmark().year(),
                                        getTranslation(locale, "offer.benchmark." + c.position())))));
                }
            }
            doc.add(text(getTranslation(locale, "offer.benchmark.disclaimer")));

            doc.add(heading(getTranslation(locale, "offer.options.title")));
            for (String option : new String[] {"accept", "discuss", "lawyer", "advance"}) {
                doc.add(text("• " + getTranslation(locale, "offer.option." + option)));
            }
            doc.add(text(getTranslation(
                    locale, review.offer().toClaimant() ? "offer.claimant.noDeadline" : "offer.summary.noDeadline")));
            Paragraph right = new Paragraph(getTranslation(locale, "offer.withdrawalRight"), HEADING);
            right.setSpacingBefore(8);
            doc.add(right);
        });
    }

    /**
     * L211-16: the withdrawal ("dénonciation de la transaction"), addressed to the insurer, to send by registered
     * letter with acknowledgment of receipt (or registered electronic mail): place and date, the transaction's date
     * and the amounts the transaction states.
     */
    byte[] withdrawalLetter(OfferFile f, String victimAddress, String place, LocalDate today) {
        Locale fr = Locale.FRENCH;
        OfferInput in = f.offer();
        OfferFile.SettlementState s = f.settlement();
        return write(doc -> {
            doc.add(text(f.victimName()));
            if (victimAddress != null && !victimAddress.isBlank()) {
                doc.add(text(victimAddress));
            }
            Paragraph to = new Paragraph(
                    in.insurerName() + (in.insurerAddress() == null ? "" : "\n" + in.insurerAddress()), BODY);
            to.setAlignment(Element.ALIGN_RIGHT);
            to.setSpacingBefore(12);
            doc.add(to);
            Paragraph dated = new Paragraph(
                    place == null || place.isBlank()
                            ? getTranslation(fr, "offer.letter.date", Formats.date(today, fr))
                            : getTranslation(fr, "offer.letter.placeDate", place, Formats.date(today, fr)),
                    BODY);
            dated.setAlignment(Element.ALIGN_RIGHT);
            doc.add(dated);
            doc.add(new Paragraph(getTranslation(fr, "offer.letter.registered"), BOLD));
            doc.add(new Paragraph(getTranslation(fr, "offer.letter.subject"), BOLD));
            doc.add(text(getTranslation(
                    fr,
                    "offer.letter.references",
                    in.insurerReference() == null ? "—" : in.insurerReference(),
                    f.claimReference())));
            doc.add(text(getTranslation(fr, "offer.letter.salutation")));
            doc.add(text(getTranslation(
                    fr,
                    "offer.letter.body",
                    Formats.date(s.concludedOn(), fr),
                    Formats.date(in.receivedOn(), fr),
                    Formats.euros(f.owedBeforePayers(), fr),
                    Formats.euros(f.totals().net(), fr),
                    Formats.date(s.withdrawalEndsOn(), fr))));
            doc.add(text(getTranslation(fr, "offer.letter.consequence")));
            doc.add(text(getTranslation(fr, "offer.letter.closing")));
            Paragraph sign = new Paragraph(f.victimName(), BODY);
            sign.setSpacingBefore(24);
            sign.setAlignment(Element.ALIGN_RIGHT);
            doc.add(sign);
        });
    }

    private static Paragraph heading(String s) {
        Paragraph p = new Paragraph(s, HEADING);
        p.setSpacingBefore(10);
        p.setSpacingAfter(4);
        return p;
    }

    private static Paragraph text(String s) {
        Paragraph p = new Paragraph(s, BODY);
        p.setSpacingAfter(4);
        return p;
    }

    private static PdfPCell cell(String s, Font font) {
        return new PdfPCell(new Phrase(s, font));
    }

    private static PdfPCell money(BigDecimal amount, Locale locale) {
        PdfPCell c = cell(Formats.euros(amount, locale), BODY);
        c.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return c;
    }

    private interface Content {
        void write(Document doc) throws Exception;
    }

    private static byte[] write(Content content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 50, 50, 50, 50);
        try {
            PdfWriter.getInstance(doc, out);
            doc.open();
            content.write(doc);
        } catch (Exception e) {
            throw new IllegalStateException("PDF could not be written", e);
        } finally {
            if (doc.isOpen()) {
                doc.close();
            }
        }
        return out.toByteArray();
    }
}
