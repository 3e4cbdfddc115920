package fr.victimportal.offer;

import static fr.victimportal.Records.with;

import fr.victimportal.RuleTable;
import fr.victimportal.claim.DintilhacHead;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;

/**
 * What an offer must be to be recorded, checked alone without Spring: every row is the typical offer changed in one
 * place, and a refusal names the field (a head's field as {@code head.<CODE>.<part>}) and its message key.
 */
class OfferRulesTest extends RuleTable {

    private static final LocalDate ACCIDENT = LocalDate.of(2026, 10, 5);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final OfferInput OFFER =
            OfferFixtures.complete(LocalDate.of(2026, 11, 10), OfferFixtures.typicalHeads());

    private static ThrowingCallable check(OfferInput offer) {
        return () -> OfferRules.check(offer, ACCIDENT, TODAY);
    }

    /** The typical offer with one more head. */
    private static ThrowingCallable plus(HeadLine head) {
        List<HeadLine> heads = new ArrayList<>(OFFER.heads());
        heads.add(head);
        return check(with(OFFER, "heads", heads));
    }

    static Stream<Arguments> accepted() {
        return Stream.of(
                row("the typical offer", check(OFFER)),
                row("received today", check(with(OFFER, "receivedOn", TODAY))),
                row("received on the accident day", check(with(OFFER, "receivedOn", ACCIDENT))),
                row(
                        "accident date unknown",
                        () -> OfferRules.check(with(OFFER, "receivedOn", LocalDate.of(2020, 1, 1)), null, TODAY)),
                row("a single head", check(with(OFFER, "heads", List.of(HeadLine.of(DintilhacHead.DSA, "0"))))),
                row(
                        "a reduction equal to the gross",
                        plus(HeadLine.of(DintilhacHead.FD, "800").withReduction("800", "faute"))),
                row("the largest amount", plus(HeadLine.of(DintilhacHead.FD, "9999999999.99"))),
                row("cents with a trailing zero", plus(HeadLine.of(DintilhacHead.FD, "12.500"))),
                row(
                        "a payer on a personal head with its proof",
                        plus(HeadLine.of(DintilhacHead.PA, "3000").withPayer("1000", "CPAM", true))),
                row("grade one half", plus(HeadLine.of(DintilhacHead.PET, "600").withGrade("0.5"))),
                row("grade seven", plus(HeadLine.of(DintilhacHead.PEP, "6000").withGrade("7.0"))),
                row(
                        "grade three and a half",
                        plus(HeadLine.of(DintilhacHead.PEP, "3000").withGrade("3.5"))),
                row(
                        "one hundred years of DFT",
                        check(with(
                                OFFER,
                                "heads",
                                List.of(HeadLine.of(DintilhacHead.DFT, "100").withDays(36_500))))));
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                row(
                        "no reception date",
                        check(with(OFFER, "receivedOn", null)),
                        "receivedOn",
                        "offer.error.receivedOn"),
                row(
                        "received tomorrow",
                        check(with(OFFER, "receivedOn", TODAY.plusDays(1))),
                        "receivedOn",
                        "offer.error.receivedOn"),
                row(
                        "received before the accident",
                        check(with(OFFER, "receivedOn", ACCIDENT.minusDays(1))),
                        "receivedOn",
                        "offer.error.receivedOn"),
                row("no kind", check(with(OFFER, "kind", null)), "kind", "offer.error.required"),
                row(
                        "nothing said of property",
                        check(with(OFFER, "propertyDamage", null)),
                        "propertyDamage",
                        "offer.error.required"),
                row("no insurer", check(with(OFFER, "insurerName", null)), "insurerName", "offer.error.required"),
                row("a blank insurer", check(with(OFFER, "insurerName", "  ")), "insurerName", "offer.error.required"),
                row(
                        "an insurer name too long",
                        check(with(OFFER, "insurerName", "a".repeat(121))),
                        "insurerName",
                        "offer.error.required"),
                row("no head list", check(with(OFFER, "heads", null)), "heads", "offer.error.noHead"),
                row("no head", check(with(OFFER, "heads", List.of())), "heads", "offer.error.noHead"),
                row("a head twice", plus(HeadLine.of(DintilhacHead.DSA, "10")), "heads", "offer.error.duplicateHead"),
                row(
                        "a line without head",
                        plus(new HeadLine(
                                null, BigDecimal.ONE, BigDecimal.ZERO, null, BigDecimal.ZERO, null, false, null, null)),
                        "heads",
                        "offer.error.duplicateHead"),
                row(
                        "no gross",
                        plus(with(HeadLine.of(DintilhacHead.FD, "1"), "gross", null)),
                        "head.FD.gross",
                        "offer.error.amount"),
                row(
                        "a negative gross",
                        plus(HeadLine.of(DintilhacHead.FD, "-1")),
                        "head.FD.gross",
                        "offer.error.amount"),
                row(
                        "a gross below the cent",
                        plus(HeadLine.of(DintilhacHead.FD, "10.001")),
                        "head.FD.gross",
                        "offer.error.amount"),
                row(
                        "a gross above the largest amount",
                        plus(HeadLine.of(DintilhacHead.FD, "10000000000")),
                        "head.FD.gross",
                        "offer.error.amount"),
                row(
                        "no reduction",
                        plus(with(HeadLine.of(DintilhacHead.FD, "1"), "reduction", null)),
                        "head.FD.reduction",
                        "offer.error.amount"),
                row(
                        "a negative payer claim",
                        plus(HeadLine.of(DintilhacHead.FD, "10").withPayer("-1", "CPAM", false)),
                        "head.FD.payerClaims",
                        "offer.error.amount"),
                row(
                        "a reduction above the gross",
                        plus(HeadLine.of(DintilhacHead.FD, "800").withReduction("800.01", "faute")),
                        "head.FD.reduction",
                        "offer.error.reductionAboveGross"),
                row(
                        "payers above the gross",
                        plus(HeadLine.of(DintilhacHead.FD, "800").withPayer("900", "CPAM", false)),
                        "head.FD.payerClaims",
                        "offer.error.payerAboveGross"),
                row(
                        "a payer on a personal head without proof",
                        plus(HeadLine.of(DintilhacHead.PA, "3000").withPayer("1000", "CPAM", false)),
                        "head.PA.payerClaims",
                        "offer.error.payerOnPersonalHead"),
                row(
                        "a grade on an ungraded head",
                        plus(HeadLine.of(DintilhacHead.PA, "3000").withGrade("3")),
                        "head.PA.grade",
                        "offer.error.grade"),
                row(
                        "grade zero",
                        plus(HeadLine.of(DintilhacHead.PEP, "3000").withGrade("0")),
                        "head.PEP.grade",
                        "offer.error.grade"),
                row(
                        "grade seven and a half",
                        plus(HeadLine.of(DintilhacHead.PEP, "3000").withGrade("7.5")),
                        "head.PEP.grade",
                        "offer.error.grade"),
                row(
                        "a quarter point",
                        plus(HeadLine.of(DintilhacHead.PEP, "3000").withGrade("2.25")),
                        "head.PEP.grade",
                        "offer.error.grade"),
                row(
                        "days on another head than DFT",
                        plus(HeadLine.of(DintilhacHead.FD, "100").withDays(10)),
                        "head.FD.days",
                        "offer.error.days"),
                row(
                        "no day of DFT",
                        check(with(
                                OFFER,
                                "heads",
                                List.of(HeadLine.of(DintilhacHead.DFT, "100").withDays(0)))),
                        "head.DFT.days",
                        "offer.error.days"),
                row(
                        "more than a hundred years of DFT",
                        check(with(
                                OFFER,
                                "heads",
                                List.of(HeadLine.of(DintilhacHead.DFT, "100").withDays(36_501)))),
                        "head.DFT.days",
                        "offer.error.days"));
    }

    @Test
    void theFirstBrokenRuleIsTheOneReported() {
        OfferInput twoFaults = with(with(OFFER, "kind", null), "insurerName", null);
        assertRefused(check(twoFaults), "kind", "offer.error.required");
    }
}
