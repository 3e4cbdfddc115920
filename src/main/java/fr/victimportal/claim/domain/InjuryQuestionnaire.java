package fr.victimportal.claim.domain;

import fr.victimportal.claim.model.PlannedDocument;
import fr.victimportal.claim.model.QuestionnaireAnswers;
import fr.victimportal.claim.model.SocialSecurityScheme;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** The victim's answers to the R211-37 questionnaire, one per claim. */
@Entity
@Table(name = "injury_questionnaire")
public class InjuryQuestionnaire {

    @Id
    @Column(name = "claim_id")
    private Long claimId;

    @Version
    private long version;

    @Column(name = "full_name")
    private String fullName;

    @Column(name = "birth_place")
    private String birthPlace;

    private String occupation;
    private String employer;

    @Column(name = "monthly_net_income")
    private BigDecimal monthlyNetIncome;

    private String injuries;
    private Integer dependants;

    @Enumerated(EnumType.STRING)
    @Column(name = "social_security_scheme")
    private SocialSecurityScheme scheme;

    @Column(name = "health_fund")
    private String healthFund;

    private String nir;

    @Column(name = "third_party_payers")
    private String thirdPartyPayers;

    @Column(name = "correspondence_address")
    private String correspondenceAddress;

    @Column(name = "planned_documents")
    private String plannedDocuments;

    @Column(name = "answered_on")
    private LocalDate answeredOn;

    @Column(name = "sent_on")
    private LocalDate sentOn;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected InjuryQuestionnaire() {}

    public InjuryQuestionnaire(Long claimId) {
        this.claimId = claimId;
    }

    public long getVersion() {
        return version;
    }

    /** The day the victim sent the answers to the insurer, or {@code null}: not sent yet (R211-31). */
    public LocalDate getSentOn() {
        return sentOn;
    }

    public void sentOn(LocalDate on) {
        sentOn = on;
    }

    public QuestionnaireAnswers answers() {
        Set<PlannedDocument> planned = plannedDocuments == null || plannedDocuments.isBlank()
                ? Set.of()
                : Arrays.stream(plannedDocuments.split(","))
                        .map(PlannedDocument::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(PlannedDocument.class)));
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
                nir,
                thirdPartyPayers,
                correspondenceAddress,
                planned,
                answeredOn);
    }

    /** Stores the answers; the NIR only when {@code keepNir} (the operator's choice). */
    public void apply(QuestionnaireAnswers a, boolean keepNir, LocalDate today, Instant now) {
        fullName = a.fullName();
        birthPlace = a.birthPlace();
        occupation = a.occupation();
        employer = a.employer();
        monthlyNetIncome = a.monthlyNetIncome();
        injuries = a.injuries();
        dependants = a.dependants();
        scheme = a.scheme();
        healthFund = a.healthFund();
        nir = keepNir ? a.nir() : null;
        thirdPartyPayers = a.thirdPartyPayers();
        correspondenceAddress = a.correspondenceAddress();
        plannedDocuments =
                a.plannedDocuments().stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        if (answeredOn == null) {
            answeredOn = today;
        }
        updatedAt = now;
    }
}
