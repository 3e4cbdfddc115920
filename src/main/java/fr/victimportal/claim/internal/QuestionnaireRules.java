package fr.victimportal.claim.internal;

import fr.victimportal.claim.model.QuestionnaireAnswers;
import fr.victimportal.shared.SingleLine;
import fr.victimportal.shared.UserInputException;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/** Checks on the R211-37 answers; all answers are optional, so a victim can save what they know today. */
final class QuestionnaireRules {

    /** 13 digits (Corsica: 2A/2B in 6th–7th position) and an optional 2-digit key. */
    private static final Pattern NIR = Pattern.compile("[12][0-9]{4}(?:[0-9]{2}|2[AB])[0-9]{6}(?:[0-9]{2})?");

    private QuestionnaireRules() {}

    static void check(QuestionnaireAnswers q, boolean storeNir) {
        if (q.monthlyNetIncome() != null && q.monthlyNetIncome().compareTo(BigDecimal.ZERO) < 0) {
            throw new UserInputException("monthlyNetIncome", "claim.error.negative");
        }
        if (q.monthlyNetIncome() != null && q.monthlyNetIncome().scale() > 2) {
            throw new UserInputException("monthlyNetIncome", "claim.error.cents");
        }
        if (q.dependants() != null && (q.dependants() < 0 || q.dependants() > 30)) {
            throw new UserInputException("dependants", "claim.error.dependants");
        }
        if (storeNir && q.nir() != null && !NIR.matcher(q.nir().toUpperCase()).matches()) {
            throw new UserInputException("nir", "claim.error.nir");
        }
        length("fullName", q.fullName(), 160);
        length("birthPlace", q.birthPlace(), 120);
        length("occupation", q.occupation(), 120);
        length("employer", q.employer(), 400);
        length("injuries", q.injuries(), 4000);
        length("healthFund", q.healthFund(), 120);
        length("thirdPartyPayers", q.thirdPartyPayers(), 1000);
        length("correspondenceAddress", q.correspondenceAddress(), 400);
        SingleLine.check("fullName", q.fullName());
        SingleLine.check("birthPlace", q.birthPlace());
        SingleLine.check("occupation", q.occupation());
        SingleLine.check("employer", q.employer());
        SingleLine.check("healthFund", q.healthFund());
        SingleLine.check("nir", q.nir());
        SingleLine.checkMultiLine("injuries", q.injuries());
        SingleLine.checkMultiLine("thirdPartyPayers", q.thirdPartyPayers());
        SingleLine.checkMultiLine("correspondenceAddress", q.correspondenceAddress());
    }

    private static void length(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw new UserInputException(field, "claim.error.tooLong", max);
        }
    }
}
