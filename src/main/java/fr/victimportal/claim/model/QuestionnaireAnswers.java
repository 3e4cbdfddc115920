package fr.victimportal.claim.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * What the insurer is entitled to ask after an accident (C. assur. art. R211-37; docs/legal-notes.md). The social-security
 * number ({@code nir}) is kept only when the operator enables it ({@code portal.questionnaire.store-nir}).
 */
public record QuestionnaireAnswers(
        String fullName,
        String birthPlace,
        String occupation,
        String employer,
        BigDecimal monthlyNetIncome,
        String injuries,
        Integer dependants,
        SocialSecurityScheme scheme,
        String healthFund,
        String nir,
        String thirdPartyPayers,
        String correspondenceAddress,
        Set<PlannedDocument> plannedDocuments,
        LocalDate answeredOn) {

    public QuestionnaireAnswers {
        plannedDocuments = plannedDocuments == null ? Set.of() : Set.copyOf(plannedDocuments);
    }

    /** The same answers without the social-security number, for anyone but the victim. */
    public QuestionnaireAnswers withoutNir() {
        return new QuestionnaireAnswers(
                fullName,
                birthPlace,
                occupation,
                employer,
                monthlyNetIncome,
                injuries,
                dependants,
                scheme,
                healthFund,
                null,
                thirdPartyPayers,
                correspondenceAddress,
                plannedDocuments,
                answeredOn);
    }

    public static QuestionnaireAnswers empty() {
        return new QuestionnaireAnswers(
                null, null, null, null, null, null, null, null, null, null, null, null, Set.of(), null);
    }
}
