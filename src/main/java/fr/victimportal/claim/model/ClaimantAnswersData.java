package fr.victimportal.claim.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What R211-38 of the insurance code asks a claimant other than the direct victim (an heir, the spouse, another
 * relative), as they give it; every field may be left empty until they know it. Not asked because the portal already
 * has it: the name, the link to the victim and the death. Not collected at all: the social-security number (the insurer
 * asks it directly).
 *
 * @param monthlyIncome       the claimant's own net monthly income, in euros
 * @param monthlyContribution what the deceased brought to the household each month, in euros (for the lost income)
 * @param dependants          how many people depended on the victim's income
 * @param dependantAges       their ages, as written ("12, 15")
 * @param funeralPaidBy       who paid the funeral
 * @param socialSecurityBody  the claimant's social-security body (e.g. "CPAM de la Gironde")
 * @param otherPayers         other third-party payers: mutual insurer, employer, pension fund...
 */
public record ClaimantAnswersData(
        @Nullable LocalDate bornOn,
        @Nullable String birthPlace,
        @Nullable String occupation,
        @Nullable String employer,
        @Nullable BigDecimal monthlyIncome,
        @Nullable BigDecimal monthlyContribution,
        @Nullable Integer dependants,
        @Nullable String dependantAges,
        @Nullable BigDecimal funeralExpenses,
        @Nullable String funeralPaidBy,
        @Nullable BigDecimal otherExpenses,
        @Nullable String otherExpensesDetail,
        @Nullable String socialSecurityBody,
        @Nullable String otherPayers,
        @Nullable String address) {

    public static final ClaimantAnswersData EMPTY = new ClaimantAnswersData(
            null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
}
