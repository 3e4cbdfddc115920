package fr.victimportal.claim.domain;

import fr.victimportal.claim.model.AccidentDetails;
import fr.victimportal.claim.model.ClaimStatus;
import fr.victimportal.claim.model.DriverResponsibility;
import fr.victimportal.claim.model.ProcedureDates;
import fr.victimportal.claim.model.ProcedureFacts;
import fr.victimportal.claim.model.Representation;
import fr.victimportal.claim.model.SituationDetails;
import fr.victimportal.claim.model.VehicleDetails;
import fr.victimportal.claim.model.VictimRole;
import fr.victimportal.claim.model.YesNoUnknown;
import fr.victimportal.deadline.Responsible;
import fr.victimportal.shared.AbstractEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** A declared accident and the victim's answers about it. */
@Entity
@Table(name = "claim")
public class Claim extends AbstractEntity {

    @Column(nullable = false, unique = true, length = 16)
    private String reference;

    @Column(name = "owner_id", nullable = false)
    private Long ownerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ClaimStatus status = ClaimStatus.DRAFT;

    @Column(name = "wizard_step", nullable = false)
    private int wizardStep = 1;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    /** Which insurer handles the claim (null when Hibernate finds both columns empty: see {@link #handling()}). */
    @Embedded
    private InsurerHandling handling = new InsurerHandling();

    @Enumerated(EnumType.STRING)
    @Column(name = "represented_person")
    private Representation.Person representedPerson;

    @Column(name = "represented_name")
    private String representedName;

    @Enumerated(EnumType.STRING)
    @Column(name = "representative_role")
    private Representation.Role representativeRole;

    @Column(name = "accident_date")
    private LocalDate accidentDate;

    @Column(name = "accident_time")
    private LocalTime accidentTime;

    private boolean abroad;
    private String commune;
    private String department;
    private String country;
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "victim_role")
    private VictimRole victimRole;

    @Column(name = "police_report_ref")
    private String policeReport;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    @Column(name = "disability_80")
    private boolean disability80;

    @Enumerated(EnumType.STRING)
    @Column(name = "driver_responsibility")
    private DriverResponsibility driverResponsibility;

    @Enumerated(EnumType.STRING)
    @Column(name = "driver_guarantee")
    private YesNoUnknown driverGuarantee;

    @Column(name = "guarantee_cap")
    private BigDecimal guaranteeCap;
    /** Who answers for the accident: an insurer, or the guarantee fund's cases of R421-12. */
    @Enumerated(EnumType.STRING)
    @Column(name = "responsible", nullable = false, length = 12)
    private Responsible responsible = Responsible.INSURED;

    @Column(name = "guarantee_threshold_pct")
    private Integer guaranteeThresholdPct;

    @Column(name = "lives_abroad")
    private boolean livesAbroad;

    @Column(name = "declared_to_insurer_on")
    private LocalDate declaredToInsurer;

    @Column(name = "questionnaire_presented_on")
    private LocalDate questionnairePresented;

    @Column(name = "consolidation_on")
    private LocalDate consolidation;

    @Column(name = "insurer_knew_consolidation_on")
    private LocalDate insurerKnewConsolidation;

    @Column(name = "compensation_requested_on")
    private LocalDate compensationRequested;

    @Column(name = "liability_contested")
    private boolean liabilityContested;

    @Column(name = "damage_fully_quantified")
    private boolean damageFullyQuantified;

    @Column(name = "payer_abroad")
    private boolean thirdPartyPayerAbroad;

    @Column(name = "victim_died_on")
    private LocalDate victimDied;

    @Column(name = "court_expert_on_insurer_request")
    private boolean courtExpertOnInsurerRequest;

    @Column(name = "declarant_asked")
    private boolean declarantAsked;

    @OneToMany(mappedBy = "claim", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ClaimVehicle> vehicles = new ArrayList<>();

    protected Claim() {}

    public Claim(String reference, Long ownerId, Instant now) {
        this.reference = reference;
        this.ownerId = ownerId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public AccidentDetails accident() {
        return new AccidentDetails(
                accidentDate,
                accidentTime,
                abroad,
                commune,
                department,
                country,
                description,
                victimRole,
                policeReport);
    }

    public void apply(AccidentDetails a) {
        accidentDate = a.date();
        accidentTime = a.time();
        abroad = a.abroad();
        commune = a.commune();
        department = a.abroad() ? null : a.department();
        country = a.abroad() ? a.country() : null;
        description = a.description();
        victimRole = a.victimRole();
        policeReport = a.policeReport();
    }

    public Representation representation() {
        return new Representation(representedPerson, representedName, representativeRole);
    }

    public void apply(Representation r) {
        representedPerson = r.person();
        representedName = r.person() == null ? null : r.representedName();
        representativeRole = r.person() == null ? null : r.role();
    }

    public SituationDetails situation() {
        return new SituationDetails(
                birthDate,
                disability80,
                driverResponsibility,
                driverGuarantee,
                guaranteeCap,
                guaranteeThresholdPct,
                livesAbroad);
    }

    public void apply(SituationDetails s) {
        birthDate = s.birthDate();
        disability80 = s.disability80();
        boolean driver = victimRole == VictimRole.DRIVER;
        driverResponsibility = driver ? s.driverResponsibility() : null;
        driverGuarantee = driver ? s.driverGuarantee() : null;
        boolean guaranteed = driver && s.driverGuarantee() == YesNoUnknown.YES;
        guaranteeCap = guaranteed ? s.guaranteeCap() : null;
        guaranteeThresholdPct = guaranteed ? s.guaranteeThresholdPct() : null;
        livesAbroad = s.livesAbroad();
    }

    public List<VehicleDetails> vehicleDetails() {
        return vehicles.stream().map(ClaimVehicle::details).toList();
    }

    /** Rewrites the rows in place: new rows would be inserted before the old deleted, against unique positions. */
    public void replaceVehicles(List<VehicleDetails> details) {
        while (vehicles.size() > details.size()) {
            vehicles.remove(vehicles.size() - 1);
        }
        for (int i = 0; i < details.size(); i++) {
            if (i < vehicles.size()) {
                vehicles.get(i).rewrite(details.get(i));
            } else {
                vehicles.add(new ClaimVehicle(this, i, details.get(i)));
            }
        }
    }

    public ProcedureDates dates() {
        return new ProcedureDates(declaredToInsurer, questionnairePresented, consolidation, insurerKnewConsolidation);
    }

    public void apply(ProcedureDates d) {
        declaredToInsurer = d.declaredToInsurer();
        questionnairePresented = d.questionnairePresented();
        consolidation = d.consolidation();
        insurerKnewConsolidation = d.insurerKnewConsolidation();
    }

    public ProcedureFacts procedureFacts() {
        return new ProcedureFacts(
                compensationRequested,
                liabilityContested,
                damageFullyQuantified,
                thirdPartyPayerAbroad,
                victimDied,
                courtExpertOnInsurerRequest);
    }

    public void apply(ProcedureFacts f) {
        compensationRequested = f.compensationRequested();
        liabilityContested = f.liabilityContested();
        damageFullyQuantified = f.damageFullyQuantified();
        thirdPartyPayerAbroad = f.thirdPartyPayerAbroad();
        victimDied = f.victimDied();
        courtExpertOnInsurerRequest = f.courtExpertOnInsurerRequest();
    }

    /** Whether the owner has said who fills in the declaration (the victim or their representative). */
    public boolean isDeclarantAsked() {
        return declarantAsked;
    }

    public void declarantAnswered() {
        declarantAsked = true;
    }

    public Responsible getResponsible() {
        return responsible == null ? Responsible.INSURED : responsible;
    }

    public void setResponsible(Responsible responsible) {
        this.responsible = responsible == null ? Responsible.INSURED : responsible;
    }

    public void reachedStep(int step, Instant now) {
        if (status == ClaimStatus.DRAFT) {
            wizardStep = Math.max(wizardStep, step);
        }
        updatedAt = now;
    }

    public void submit(Instant now) {
        status = ClaimStatus.SUBMITTED;
        submittedAt = now;
        declarantAsked = true;
        wizardStep = 5;
        updatedAt = now;
    }

    /** Which insurer handles the claim, and since when it has acted on it. */
    public InsurerHandling handling() {
        if (handling == null) {
            handling = new InsurerHandling();
        }
        return handling;
    }

    public Long getHandlingInsurerId() {
        return handling().insurerId();
    }

    public String getReference() {
        return reference;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public ClaimStatus getStatus() {
        return status;
    }

    public int getWizardStep() {
        return wizardStep;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }
}
