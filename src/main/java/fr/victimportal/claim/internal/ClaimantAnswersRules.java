package fr.victimportal.claim.internal;

import fr.victimportal.claim.model.ClaimantAnswersData;
import fr.victimportal.shared.SingleLine;
import fr.victimportal.shared.UserInputException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The checks of a claimant's R211-38 answers: each refusal names its field and a message key, and the caller writes
 * nothing. Texts are stripped (empty becomes "not given"); one-line texts hold no control character, multi-line ones
 * (address, other payers, other expenses) no control character but line breaks; amounts are euros with at most two
 * decimals, never negative.
 */
public final class ClaimantAnswersRules {

    static final int SHORT = 120;
    static final int LONG = 500;
    static final BigDecimal MAX_AMOUNT = new BigDecimal("10000000");

    private ClaimantAnswersRules() {}

    /** The cleaned answers, or a refusal. */
    public static ClaimantAnswersData clean(ClaimantAnswersData in, LocalDate today) {
        LocalDate born = in.bornOn();
        if (born != null && born.isAfter(today)) {
            throw new UserInputException("bornOn", "family.answers.error.bornFuture");
        }
        if (born != null && born.isBefore(today.minusYears(120))) {
            throw new UserInputException("bornOn", "family.answers.error.bornPast");
        }
        Integer dependants = in.dependants();
        if (dependants != null && (dependants < 0 || dependants > 30)) {
            throw new UserInputException("dependants", "family.answers.error.dependants");
        }
        return new ClaimantAnswersData(
                born,
                line("birthPlace", in.birthPlace()),
                line("occupation", in.occupation()),
                line("employer", in.employer()),
                amount("monthlyIncome", in.monthlyIncome()),
                amount("monthlyContribution", in.monthlyContribution()),
                dependants,
                line("dependantAges", in.dependantAges()),
                amount("funeralExpenses", in.funeralExpenses()),
                line("funeralPaidBy", in.funeralPaidBy()),
                amount("otherExpenses", in.otherExpenses()),
                text("otherExpensesDetail", in.otherExpensesDetail()),
                line("socialSecurityBody", in.socialSecurityBody()),
                text("otherPayers", in.otherPayers()),
                text("address", in.address()));
    }

    private static @Nullable String line(String field, @Nullable String value) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            return null;
        }
        SingleLine.check(field, v);
        if (v.length() > SHORT) {
            throw new UserInputException(field, "family.answers.error.tooLong", SHORT);
        }
        return v;
    }

    private static @Nullable String text(String field, @Nullable String value) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            return null;
        }
        SingleLine.checkMultiLine(field, v);
        if (v.length() > LONG) {
            throw new UserInputException(field, "family.answers.error.tooLong", LONG);
        }
        return v;
    }

    private static @Nullable BigDecimal amount(String field, @Nullable BigDecimal value) {
        if (value == null) {
            return null;
        }
        if (value.signum() < 0) {
            throw new UserInputException(field, "family.answers.error.negative");
        }
        if (value.compareTo(MAX_AMOUNT) > 0) {
            throw new UserInputException(field, "family.answers.error.tooBig");
        }
        if (value.stripTrailingZeros().scale() > 2) {
            throw new UserInputException(field, "family.answers.error.cents");
        }
        return value.setScale(2, RoundingMode.UNNECESSARY);
    }
}
