package fr.victimportal.claim;

import static fr.victimportal.Records.with;
import static fr.victimportal.Refusals.assertAccepted;
import static fr.victimportal.Refusals.assertRefused;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import fr.victimportal.shared.SingleLine;
import java.math.BigDecimal;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The R211-37 answer checks alone, without Spring: each refusal names its field and message key. */
class QuestionnaireRulesTest {

    private static final QuestionnaireAnswers COMPLETE = new QuestionnaireAnswers("Julie Perrin", "Lyon",
            "Infirmière", "Hospices civils de Lyon, 3 quai des Célestins, 69002 Lyon", new BigDecimal("2150.50"),
            "Fracture du poignet droit,\nentorse cervicale", 2, SocialSecurityScheme.GENERAL, "CPAM du Rhône",
            "2850369123456", "Mutuelle des hospitaliers", "12 rue Mercière\n69002 Lyon",
            Set.of(PlannedDocument.INCOME_PROOF), null);

    static Stream<Arguments> accepted() {
        return Stream.of(
                arguments("complete answers", COMPLETE),
                arguments("nothing answered yet", QuestionnaireAnswers.empty()),
                arguments("no income", with(COMPLETE, "monthlyNetIncome", BigDecimal.ZERO)),
                arguments("income in whole euros", with(COMPLETE, "monthlyNetIncome", new BigDecimal("2150"))),
                arguments("trailing zeros within cents", with(COMPLETE, "monthlyNetIncome", new BigDecimal("10.5"))),
                arguments("no dependant", with(COMPLETE, "dependants", 0)),
                arguments("thirty dependants", with(COMPLETE, "dependants", 30)),
                arguments("number with its key", with(COMPLETE, "nir", "285036912345678")),
                arguments("born in Corsica", with(COMPLETE, "nir", "185032A123456")),
                arguments("Corsica in lower case", with(COMPLETE, "nir", "185032b123456")),
                arguments("full name of 160 characters", with(COMPLETE, "fullName", "a".repeat(160))),
                arguments("injuries of 4000 characters", with(COMPLETE, "injuries", "a".repeat(4000))),
                arguments("tab in the address", with(COMPLETE, "correspondenceAddress", "12 rue Mercière\t69002")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void accepted(String why, QuestionnaireAnswers answers) {
        assertAccepted(() -> QuestionnaireRules.check(answers, true));
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                arguments("negative income", with(COMPLETE, "monthlyNetIncome", new BigDecimal("-1")),
                        "monthlyNetIncome", "claim.error.negative"),
                arguments("income below the cent", with(COMPLETE, "monthlyNetIncome", new BigDecimal("2150.505")),
                        "monthlyNetIncome", "claim.error.cents"),
                arguments("negative dependants", with(COMPLETE, "dependants", -1), "dependants",
                        "claim.error.dependants"),
                arguments("31 dependants", with(COMPLETE, "dependants", 31), "dependants", "claim.error.dependants"),
                arguments("12 digits", with(COMPLETE, "nir", "285036912345"), "nir", "claim.error.nir"),
                arguments("starts with 3", with(COMPLETE, "nir", "3850369123456"), "nir", "claim.error.nir"),
                arguments("a one-digit key", with(COMPLETE, "nir", "28503691234567"), "nir", "claim.error.nir"),
                arguments("spaces in the number", with(COMPLETE, "nir", "2 85 03 69 123 456"), "nir",
                        "claim.error.nir"),
                arguments("2C is no department", with(COMPLETE, "nir", "185032C123456"), "nir", "claim.error.nir"),
                arguments("full name too long", with(COMPLETE, "fullName", "a".repeat(161)), "fullName",
                        "claim.error.tooLong"),
                arguments("birth place too long", with(COMPLETE, "birthPlace", "a".repeat(121)), "birthPlace",
                        "claim.error.tooLong"),
                arguments("occupation too long", with(COMPLETE, "occupation", "a".repeat(121)), "occupation",
                        "claim.error.tooLong"),
                arguments("employer too long", with(COMPLETE, "employer", "a".repeat(401)), "employer",
                        "claim.error.tooLong"),
                arguments("injuries too long", with(COMPLETE, "injuries", "a".repeat(4001)), "injuries",
                        "claim.error.tooLong"),
                arguments("health fund too long", with(COMPLETE, "healthFund", "a".repeat(121)), "healthFund",
                        "claim.error.tooLong"),
                arguments("payers too long", with(COMPLETE, "thirdPartyPayers", "a".repeat(1001)),
                        "thirdPartyPayers", "claim.error.tooLong"),
                arguments("address too long", with(COMPLETE, "correspondenceAddress", "a".repeat(401)),
                        "correspondenceAddress", "claim.error.tooLong"),
                arguments("line break in the name", with(COMPLETE, "fullName", "Julie\nPerrin"), "fullName",
                        SingleLine.MESSAGE_KEY),
                arguments("line break in the employer", with(COMPLETE, "employer", "HCL\r\nLyon"), "employer",
                        SingleLine.MESSAGE_KEY),
                arguments("line separator in the health fund", with(COMPLETE, "healthFund", "CPAM\u2028Rhône"),
                        "healthFund", SingleLine.MESSAGE_KEY),
                arguments("NUL in the injuries", with(COMPLETE, "injuries", "Fracture\u0000"), "injuries",
                        SingleLine.MULTI_LINE_MESSAGE_KEY),
                arguments("escape in the address", with(COMPLETE, "correspondenceAddress", "12 rue\u001b[2J"),
                        "correspondenceAddress", SingleLine.MULTI_LINE_MESSAGE_KEY));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void refused(String why, QuestionnaireAnswers answers, String field, String messageKey) {
        assertRefused(() -> QuestionnaireRules.check(answers, true), field, messageKey);
    }

    @Test
    void theLengthRefusalCarriesTheLimit() {
        assertRefused(() -> QuestionnaireRules.check(with(COMPLETE, "employer", "a".repeat(401)), true), "employer",
                "claim.error.tooLong", 400);
    }

    @Test
    void theSocialSecurityNumberIsNotCheckedWhenItIsNotStored() {
        assertAccepted(() -> QuestionnaireRules.check(with(COMPLETE, "nir", "not a number"), false));
        assertRefused(() -> QuestionnaireRules.check(with(COMPLETE, "nir", "2850369\n123456"), false), "nir",
                SingleLine.MESSAGE_KEY);
    }
}
