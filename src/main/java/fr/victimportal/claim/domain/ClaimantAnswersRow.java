package fr.victimportal.claim.domain;

import fr.victimportal.claim.model.ClaimantAnswersData;
import fr.victimportal.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One claimant's R211-38 answers (issue 24), written by that claimant only; optimistic version against two tabs. */
@Entity
@Table(name = "claimant_answers")
public class ClaimantAnswersRow extends AbstractEntity {

    @Column(name = "claimant_id", nullable = false)
    private Long claimantId;

    @Column(name = "born_on")
    private LocalDate bornOn;

    @Column(name = "birth_place")
    private String birthPlace;

    private String occupation;

    private String employer;

    @Column(name = "monthly_income")
    private BigDecimal monthlyIncome;

    @Column(name = "monthly_contribution")
    private BigDecimal monthlyContribution;

    private Integer dependants;

    @Column(name = "dependant_ages")
    private String dependantAges;

    @Column(name = "funeral_expenses")
    private BigDecimal funeralExpenses;

    @Column(name = "funeral_paid_by")
    private String funeralPaidBy;

    @Column(name = "other_expenses")
    private BigDecimal otherExpenses;

    @Column(name = "other_expenses_detail")
    private String otherExpensesDetail;

    @Column(name = "social_security_body")
    private String socialSecurityBody;

    @Column(name = "other_payers")
    private String otherPayers;

    private String address;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ClaimantAnswersRow() {}

    public ClaimantAnswersRow(Long claimantId) {
        this.claimantId = claimantId;
    }

    public void apply(ClaimantAnswersData a, Instant at) {
        bornOn = a.bornOn();
        birthPlace = a.birthPlace();
        occupation = a.occupation();
        employer = a.employer();
        monthlyIncome = a.monthlyIncome();
        monthlyContribution = a.monthlyContribution();
        dependants = a.dependants();
        dependantAges = a.dependantAges();
        funeralExpenses = a.funeralExpenses();
        funeralPaidBy = a.funeralPaidBy();
        otherExpenses = a.otherExpenses();
        otherExpensesDetail = a.otherExpensesDetail();
        socialSecurityBody = a.socialSecurityBody();
        otherPayers = a.otherPayers();
        address = a.address();
        updatedAt = at;
    }

    public ClaimantAnswersData data() {
        return new ClaimantAnswersData(
                bornOn,
                birthPlace,
                occupation,
                employer,
                monthlyIncome,
                monthlyContribution,
                dependants,
                dependantAges,
                funeralExpenses,
                funeralPaidBy,
                otherExpenses,
                otherExpensesDetail,
                socialSecurityBody,
                otherPayers,
                address);
    }

    public Long getClaimantId() {
        return claimantId;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
