package fr.victimportal.claim.internal;

import static fr.victimportal.Records.with;

import fr.victimportal.RuleTable;
import fr.victimportal.claim.model.PlannedDocument;
import fr.victimportal.claim.model.QuestionnaireAnswers;
import fr.victimportal.claim.model.SocialSecurityScheme;
import fr.victimportal.shared.SingleLine;
import java.math.BigDecimal;
import java.util.Set;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;

/** The R211-37 answer checks alone, without Spring: each refusal names its field and message key. */
class QuestionnaireRulesTest extends RuleTable {

    private static final QuestionnaireAnswers COMPLETE = new QuestionnaireAnswers(
            "Julie Perrin",
            "Lyon",
            "Infirmière",
            "Hospices civils de Lyon, 3 quai des Célestins, 69002 Lyon",
            new BigDecimal("2150.50"),
            "Fracture du poignet droit,\nentorse cervicale",
            2,
            SocialSecurityScheme.GENERAL,
            "CPAM du Rhône",
            "2850369123456",
            "Mutuelle des hospitaliers",
            "12 rue Mercière\n69002 Lyon",
            Set.of(PlannedDocument.INCOME_PROOF),
            null);

    private static ThrowingCallable check(QuestionnaireAnswers answers) {
        return () -> QuestionnaireRules.check(answers, true);
    }

    static Stream<Arguments> accepted() {
        return Stream.of(
                row("complete answers", check(COMPLETE)),
                row("nothing answered yet", check(QuestionnaireAnswers.empty())),
                row("no income", check(with(COMPLETE, "monthlyNetIncome", BigDecimal.ZERO))),
                row("income in whole euros", check(with(COMPLETE, "monthlyNetIncome", new BigDecimal("2150")))),
                row("trailing zeros within cents", check(with(COMPLETE, "monthlyNetIncome", new BigDecimal("10.5")))),
                row("no dependant", check(with(COMPLETE, "dependants", 0))),
                row("thirty dependants", check(with(COMPLETE, "dependants", 30))),
                row("number with its key", check(with(COMPLETE, "nir", "285036912345678"))),
                row("born in Corsica", check(with(COMPLETE, "nir", "185032A123456"))),
                row("Corsica in lower case", check(with(COMPLETE, "nir", "185032b123456"))),
                row("full name of 160 characters", check(with(COMPLETE, "fullName", "a".repeat(160)))),
                row("injuries of 4000 characters", check(with(COMPLETE, "injuries", "a".repeat(4000)))),
                row("tab in the address", check(with(COMPLETE, "correspondenceAddress", "12 rue Mercière\t69002"))));
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                row(
                        "negative income",
                        check(with(COMPLETE, "monthlyNetIncome", new BigDecimal("-1"))),
                        "monthlyNetIncome",
                        "claim.error.negative"),
                row(
                        "income below the cent",
                        check(with(COMPLETE, "monthlyNetIncome", new BigDecimal("2150.505"))),
                        "monthlyNetIncome",
                        "claim.error.cents"),
                row(
                        "negative dependants",
                        check(with(COMPLETE, "dependants", -1)),
                        "dependants",
                        "claim.error.dependants"),
                row("31 dependants", check(with(COMPLETE, "dependants", 31)), "dependants", "claim.error.dependants"),
                row("12 digits", check(with(COMPLETE, "nir", "285036912345")), "nir", "claim.error.nir"),
                row("starts with 3", check(with(COMPLETE, "nir", "3850369123456")), "nir", "claim.error.nir"),
                row("a one-digit key", check(with(COMPLETE, "nir", "28503691234567")), "nir", "claim.error.nir"),
                row(
                        "spaces in the number",
                        check(with(COMPLETE, "nir", "2 85 03 69 123 456")),
                        "nir",
                        "claim.error.nir"),
                row("2C is no department", check(with(COMPLETE, "nir", "185032C123456")), "nir", "claim.error.nir"),
                row(
                        "full name too long",
                        check(with(COMPLETE, "fullName", "a".repeat(161))),
                        "fullName",
                        "claim.error.tooLong"),
                row(
                        "birth place too long",
                        check(with(COMPLETE, "birthPlace", "a".repeat(121))),
                        "birthPlace",
                        "claim.error.tooLong"),
                row(
                        "occupation too long",
                        check(with(COMPLETE, "occupation", "a".repeat(121))),
                        "occupation",
                        "claim.error.tooLong"),
                row(
                        "employer too long",
                        check(with(COMPLETE, "employer", "a".repeat(401))),
                        "employer",
                        "claim.error.tooLong"),
                row(
                        "injuries too long",
                        check(with(COMPLETE, "injuries", "a".repeat(4001))),
                        "injuries",
                        "claim.error.tooLong"),
                row(
                        "health fund too long",
                        check(with(COMPLETE, "healthFund", "a".repeat(121))),
                        "healthFund",
                        "claim.error.tooLong"),
                row(
                        "payers too long",
                        check(with(COMPLETE, "thirdPartyPayers", "a".repeat(1001))),
                        "thirdPartyPayers",
                        "claim.error.tooLong"),
                row(
                        "address too long",
                        check(with(COMPLETE, "correspondenceAddress", "a".repeat(401))),
                        "correspondenceAddress",
                        "claim.error.tooLong"),
                row(
                        "line break in the name",
                        check(with(COMPLETE, "fullName", "Julie\nPerrin")),
                        "fullName",
                        SingleLine.MESSAGE_KEY),
                row(
                        "line break in the employer",
                        check(with(COMPLETE, "employer", "HCL\r\nLyon")),
                        "employer",
                        SingleLine.MESSAGE_KEY),
                row(
                        "line separator in the health fund",
                        check(with(COMPLETE, "healthFund", "CPAM\u2028Rhône")),
                        "healthFund",
                        SingleLine.MESSAGE_KEY),
                row(
                        "NUL in the injuries",
                        check(with(COMPLETE, "injuries", "Fracture\u0000")),
                        "injuries",
                        SingleLine.MULTI_LINE_MESSAGE_KEY),
                row(
                        "escape in the address",
                        check(with(COMPLETE, "correspondenceAddress", "12 rue\u001b[2J")),
                        "correspondenceAddress",
                        SingleLine.MULTI_LINE_MESSAGE_KEY));
    }

    @Test
    void theLengthRefusalCarriesTheLimit() {
        assertRefused(
                () -> QuestionnaireRules.check(with(COMPLETE, "employer", "a".repeat(401)), true),
                "employer",
                "claim.error.tooLong",
                400);
    }

    @Test
    void theSocialSecurityNumberIsNotCheckedWhenItIsNotStored() {
        assertAccepted(() -> QuestionnaireRules.check(with(COMPLETE, "nir", "not a number"), false));
        assertRefused(
                () -> QuestionnaireRules.check(with(COMPLETE, "nir", "2850369\n123456"), false),
                "nir",
                SingleLine.MESSAGE_KEY);
    }
}
