package fr.victimportal.claim;

import fr.victimportal.account.CurrentUser;
import fr.victimportal.account.PortalUser;
import fr.victimportal.claim.domain.Claim;
import fr.victimportal.claim.domain.ClaimRepository;
import fr.victimportal.claim.domain.HeirOpeningRepository;
import fr.victimportal.claim.domain.InjuryQuestionnaire;
import fr.victimportal.claim.domain.InjuryQuestionnaireRepository;
import fr.victimportal.claim.events.ClaimSubmitted;
import fr.victimportal.claim.events.HeirDeclarationWithdrawn;
import fr.victimportal.claim.internal.AgentSearch;
import fr.victimportal.claim.internal.ClaimAccessPolicy;
import fr.victimportal.claim.internal.ClaimAccessPolicy.Access;
import fr.victimportal.claim.internal.ClaimEdits;
import fr.victimportal.claim.internal.ClaimFiles;
import fr.victimportal.claim.internal.Clean;
import fr.victimportal.claim.internal.DeclarationRules;
import fr.victimportal.claim.internal.QuestionnaireEdits;
import fr.victimportal.claim.model.AccidentDetails;
import fr.victimportal.claim.model.ClaimFile;
import fr.victimportal.claim.model.ClaimStatus;
import fr.victimportal.claim.model.ProcedureDates;
import fr.victimportal.claim.model.ProcedureFacts;
import fr.victimportal.claim.model.QuestionnaireAnswers;
import fr.victimportal.claim.model.Relation;
import fr.victimportal.claim.model.Representation;
import fr.victimportal.claim.model.SituationDetails;
import fr.victimportal.claim.model.VehicleDetails;
import fr.victimportal.deadline.Responsible;
import fr.victimportal.shared.UserInputException;
import jakarta.annotation.security.RolesAllowed;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The claim module's public face: declaring an accident step by step, correcting it with a history, the R211-37
 * questionnaire, and opening a claim. Every call checks who the current user is to the claim.
 */
@Service
@Transactional
public class ClaimService {

    private static final String REFERENCE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private final SecureRandom random = new SecureRandom();

    private final ClaimRepository claims;
    private final InjuryQuestionnaireRepository questionnaires;
    private final ClaimAccessPolicy access;
    private final CurrentUser currentUser;
    private final AgentSearch agentSearch;
    private final ApplicationEventPublisher events;
    private final ClaimDeadlines deadlines;
    private final Clock clock;
    private final ClaimEdits edits;
    private final ClaimFiles files;
    private final QuestionnaireEdits questionnaireEdits;
    private final HeirOpeningRepository heirOpenings;

    public ClaimService(
            ClaimRepository claims,
            InjuryQuestionnaireRepository questionnaires,
            ClaimAccessPolicy access,
            CurrentUser currentUser,
            AgentSearch agentSearch,
            ApplicationEventPublisher events,
            ClaimDeadlines deadlines,
            Clock clock,
            ClaimEdits edits,
            ClaimFiles files,
            QuestionnaireEdits questionnaireEdits,
            HeirOpeningRepository heirOpenings) {
        this.claims = claims;
        this.edits = edits;
        this.files = files;
        this.questionnaires = questionnaires;
        this.access = access;
        this.currentUser = currentUser;
        this.agentSearch = agentSearch;
        this.events = events;
        this.deadlines = deadlines;
        this.clock = clock;
        this.questionnaireEdits = questionnaireEdits;
        this.heirOpenings = heirOpenings;
    }

    /** Whether the operator lets the portal keep social-security numbers (décret 2019-341 is not settled, docs/legal-notes.md). */
    public boolean storesNir() {
        return questionnaireEdits.storesNir();
    }

    /** The victim's open draft, or a new one: a closed tab never loses a declaration, and there is one draft at most. */
    @RolesAllowed("VICTIM")
    public String startOrResumeDeclaration() {
        PortalUser user = currentUser.require();
        return claims.findFirstByOwnerIdAndStatus(user.id(), ClaimStatus.DRAFT)
                .map(Claim::getReference)
                .orElseGet(() -> claims.save(new Claim(newReference(), user.id(), clock.instant()))
                        .getReference());
    }

    /** References of the claims the current user owns, newest first. */
    @Transactional(readOnly = true)
    public List<String> myClaims() {
        return claims.findByOwnerIdOrderByCreatedAtDesc(currentUser.require().id()).stream()
                .map(Claim::getReference)
                .toList();
    }

    @Transactional(readOnly = true)
    public ClaimFile open(String reference) {
        Access a = access.require(reference, currentUser.require());
        return files.toFile(a);
    }

    public long saveAccident(String reference, long expectedVersion, AccidentDetails details) {
        AccidentDetails clean = Clean.of(details);
        Access a = edits.editable(reference, expectedVersion);
        DeclarationRules.check(clean, LocalDateTime.now(clock));
        return edits.save(
                a, "accident", 1, a.claim().accident(), clean, () -> a.claim().apply(clean));
    }

    public long saveSituation(String reference, long expectedVersion, SituationDetails details) {
        Access a = edits.editable(reference, expectedVersion);
        DeclarationRules.check(details, a.claim().accident(), today());
        return edits.save(
                a,
                "situation",
                2,
                a.claim().situation(),
                details,
                () -> a.claim().apply(details));
    }

    public long saveVehicles(String reference, long expectedVersion, List<VehicleDetails> vehicles) {
        List<VehicleDetails> clean =
                vehicles == null ? List.of() : vehicles.stream().map(Clean::of).toList();
        Access a = edits.editable(reference, expectedVersion);
        DeclarationRules.check(clean);
        return edits.save(
                a,
                "vehicles",
                3,
                new ClaimEdits.Vehicles(a.claim().vehicleDetails()),
                new ClaimEdits.Vehicles(clean),
                () -> a.claim().replaceVehicles(clean));
    }

    public long saveDates(String reference, long expectedVersion, ProcedureDates dates) {
        Access a = edits.editable(reference, expectedVersion);
        DeclarationRules.check(dates, a.claim().accident().date(), today());
        checkPresentedBeforeSent(dates, questionnaireSentOn(a.claim()));
        return edits.save(
                a, "dates", 4, a.claim().dates(), dates, () -> a.claim().apply(dates));
    }

    /**
     * Step 4 with the other facts the offer deadlines turn on (L211-9 al. 1, R211-30, R211-34, R211-35 al. 2), in one
     * transaction: a refusal of either changes nothing.
     */
    public long saveDates(String reference, long expectedVersion, ProcedureDates dates, ProcedureFacts facts) {
        long version = saveDates(reference, expectedVersion, dates);
        return saveProcedureFacts(reference, version, facts);
    }

    /**
     * The facts that move the insurer's offer deadlines, recorded by the victim or by an insurer agent (who knows when
     * the request reached the insurer, or that it asked the judge for an expert). Corrections after sending go to the
     * history; the reminders are re-planned from the new clock.
     */
    public long saveProcedureFacts(String reference, long expectedVersion, ProcedureFacts facts) {
        Access a = access.require(reference, currentUser.require());
        boolean agent = a.relation() == Relation.AGENT;
        if (!a.relation().mayEditAnswers() && !agent) {
            throw new UserInputException(null, "claim.error.readOnly");
        }
        if (a.claim().getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Claim.class, reference);
        }
        ProcedureFacts clean = facts == null ? ProcedureFacts.NONE : facts;
        if (!Objects.equals(clean.victimDied(), a.claim().procedureFacts().victimDied())) {
            // a death is recorded once, with its proof, on the family page (ClaimFamily), never as a bare date here
            throw new UserInputException("victimDied", "claim.error.deathOnFamilyPage");
        }
        return applyProcedureFacts(a, clean);
    }

    /**
     * The checks and the writing of {@link #saveProcedureFacts} once the caller's right is established (also the path
     * of a recorded death, {@link ClaimFamily}): the legal clock and the reminders follow, corrections go to history.
     */
    long applyProcedureFacts(Access a, ProcedureFacts clean) {
        String reference = a.claim().getReference();
        LocalDate accident = a.claim().accident().date();
        DeclarationRules.checkFact("compensationRequested", clean.compensationRequested(), accident, today());
        DeclarationRules.checkFact("victimDied", clean.victimDied(), accident, today());
        if (clean.victimDied() != null) {
            deadlines
                    .latestExaminationDate(reference)
                    .filter(exam -> exam.isAfter(clean.victimDied()))
                    .ifPresent(exam -> {
                        throw new UserInputException("victimDied", "claim.error.examAfterDeath");
                    });
        }
        // the wizard's furthest step stays where it is (saveDates moves it on)
        return edits.save(
                a,
                "facts",
                a.claim().getWizardStep() - 1,
                a.claim().procedureFacts(),
                clean,
                () -> a.claim().apply(clean));
    }

    /**
     * Who fills in the declaration, asked before anything else: the victim, or their representative (a parent of a
     * minor, a guardian, a curator assisting an adult under curatelle, another representative appointed by the judge).
     */
    public long saveDeclarant(String reference, long expectedVersion, Representation representation) {
        long version = saveRepresentation(reference, expectedVersion, representation);
        Claim claim = access.require(reference, currentUser.require()).claim();
        if (!claim.representation().heir()) {
            // no longer an heir's claim: the declared death goes, and on a draft its never-sent certificate too
            heirOpenings.findByClaimId(claim.getId()).ifPresent(opening -> {
                heirOpenings.delete(opening);
                if (claim.getStatus() == ClaimStatus.DRAFT) {
                    events.publishEvent(new HeirDeclarationWithdrawn(claim.getId(), opening.getProofDocumentId()));
                }
            });
        }
        if (!claim.isDeclarantAsked()) {
            claim.declarantAnswered();
            version = claims.saveAndFlush(claim).getVersion();
        }
        return version;
    }

    private LocalDate questionnaireSentOn(Claim claim) {
        return questionnaires
                .findById(claim.getId())
                .map(InjuryQuestionnaire::getSentOn)
                .orElse(null);
    }

    private static void checkPresentedBeforeSent(ProcedureDates dates, LocalDate sentOn) {
        if (sentOn != null
                && dates.questionnairePresented() != null
                && dates.questionnairePresented().isAfter(sentOn)) {
            throw new UserInputException("questionnairePresented", "claim.error.presentedAfterSent");
        }
    }

    /**
     * The owner records that they hold the claim for a minor or a protected adult (or that they no longer do). The
     * victim's name and the representative's capacity are required when someone is represented (L211-15).
     */
    public long saveRepresentation(String reference, long expectedVersion, Representation representation) {
        Access a = edits.editable(reference, expectedVersion);
        Representation after = DeclarationRules.check(representation);
        return edits.save(
                a,
                "representation",
                0,
                a.claim().representation(),
                after,
                () -> a.claim().apply(after));
    }

    /**
     * The owner says who answers for the accident: an insurer, or nobody known or insured, in which
     * case the guarantee fund compensates within the R421-12 periods. Kept in the corrections history like any
     * declared fact, and the legal clock and the reminders follow.
     */
    public long saveResponsible(String reference, long expectedVersion, Responsible who) {
        Access a = edits.editable(reference, expectedVersion);
        Responsible after = who == null ? Responsible.INSURED : who;
        return edits.save(
                a,
                "responsible",
                0,
                new ClaimEdits.ResponsibleParty(a.claim().getResponsible()),
                new ClaimEdits.ResponsibleParty(after),
                () -> a.claim().setResponsible(after));
    }

    /** Sends the declaration. A second click or a second tab gets a clear refusal and changes nothing. */
    public void submit(String reference, long expectedVersion) {
        Access a = edits.editable(reference, expectedVersion);
        Claim claim = a.claim();
        if (claim.getStatus() == ClaimStatus.SUBMITTED) {
            throw new UserInputException(null, "claim.error.alreadySubmitted");
        }
        DeclarationRules.check(claim.accident(), LocalDateTime.now(clock));
        DeclarationRules.check(claim.situation(), claim.accident(), today());
        DeclarationRules.check(claim.vehicleDetails());
        if (claim.getHandlingInsurerId() == null) {
            throw new UserInputException("insurer", "claim.insurer.error.missing");
        }
        claim.submit(clock.instant());
        claims.flush();
        events.publishEvent(new ClaimSubmitted(claim.getReference(), claim.getOwnerId(), today()));
    }

    public long saveQuestionnaire(String reference, long expectedVersion, QuestionnaireAnswers answers) {
        return questionnaireEdits.save(reference, expectedVersion, answers, null, false);
    }

    /**
     * The answers and the day the victim sent them to the insurer ({@code null}: not sent yet). The insurer's offer
     * deadline counts the answer as received on that day (R211-31, R211-33), never on the day it was saved here.
     */
    public long saveQuestionnaire(
            String reference, long expectedVersion, QuestionnaireAnswers answers, LocalDate sentOn) {
        return questionnaireEdits.save(reference, expectedVersion, answers, sentOn, true);
    }

    /**
     * The agents' search among the submitted claims their own insurer handles: a reference, part of the victim's name,
     * or an accident date. (The queue, with its filters and pages, is {@link AgentQueue}.)
     */
    @RolesAllowed("AGENT")
    @Transactional(readOnly = true)
    public List<ClaimFile> search(String text) {
        return agentSearch.search(currentUser.require().insurerId(), text);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private String newReference() {
        StringBuilder ref = new StringBuilder("VP-");
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                ref.append('-');
            }
            ref.append(REFERENCE_ALPHABET.charAt(random.nextInt(REFERENCE_ALPHABET.length())));
        }
        return ref.toString();
    }
}
