package fr.victimportal.claim;

import fr.victimportal.account.AccountService;
import fr.victimportal.account.CurrentUser;
import fr.victimportal.claim.domain.Claim;
import fr.victimportal.claim.domain.ClaimDeath;
import fr.victimportal.claim.domain.ClaimDeathRepository;
import fr.victimportal.claim.domain.ClaimRepository;
import fr.victimportal.claim.domain.Claimant;
import fr.victimportal.claim.domain.ClaimantRepository;
import fr.victimportal.claim.internal.ClaimAccessPolicy;
import fr.victimportal.claim.internal.ClaimAccessPolicy.Access;
import fr.victimportal.claim.internal.ClaimEdits;
import fr.victimportal.claim.model.ClaimantStatus;
import fr.victimportal.claim.model.ProcedureFacts;
import fr.victimportal.claim.model.Relation;
import fr.victimportal.claim.model.YesNoUnknown;
import fr.victimportal.shared.SingleLine;
import fr.victimportal.shared.UserInputException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The death of a claim's direct victim (issue 24): recorded once, by the handling insurer's agent or by an heir, with
 * its proof; it sets the claim's {@code victimDied} fact through the same path as the procedure facts, so the legal
 * clock gives the 8-month offer to the heirs and extends it (L211-9 al. 2, R211-30). The victim's own account is then
 * closed to sign-in (unless it is a representative's: a parent of a minor victim lives on), and the claim's reminders
 * go to the heirs. Only an agent corrects it afterwards, with a reason kept in the claim's history.
 */
@Service
@Transactional
public class ClaimFamily {

    private final ClaimAccessPolicy access;
    private final CurrentUser currentUser;
    private final ClaimDeathRepository deaths;
    private final ClaimantRepository claimants;
    private final ClaimService claims;
    private final ClaimEdits edits;
    private final AccountService accounts;
    private final Clock clock;
    private final ClaimRepository claimRows;

    ClaimFamily(
            ClaimAccessPolicy access,
            CurrentUser currentUser,
            ClaimDeathRepository deaths,
            ClaimantRepository claimants,
            ClaimService claims,
            ClaimEdits edits,
            AccountService accounts,
            Clock clock,
            ClaimRepository claimRows) {
        this.claimRows = claimRows;
        this.access = access;
        this.currentUser = currentUser;
        this.deaths = deaths;
        this.claimants = claimants;
        this.claims = claims;
        this.edits = edits;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** The death as recorded; {@code proofDocumentId} is the certificate in the claim's documents. */
    public record Death(
            LocalDate diedOn,
            YesNoUnknown fromAccident,
            @Nullable Long proofDocumentId,
            Instant recordedAt) {}

    /** The history's shape of a correction: what changed, and why. */
    public record DeathCorrection(LocalDate diedOn, YesNoUnknown fromAccident, String reason) {}

    /** The recorded death of the claim's victim, if any (no caller check: callers have checked the claim). */
    @Transactional(readOnly = true)
    public Optional<Death> death(long claimId) {
        return deaths.findByClaimId(claimId).map(ClaimFamily::toDeath);
    }

    /** The same for the current user's claim; "not found" when they have no part in it. */
    @Transactional(readOnly = true)
    public Optional<Death> death(String reference) {
        return death(access.require(reference, currentUser.require()).claim().getId());
    }

    /** Whether the current user may record the death of the claim's victim now. */
    @Transactional(readOnly = true)
    public boolean mayRecordDeath(String reference) {
        Access a = access.require(reference, currentUser.require());
        return recorder(a) && deaths.findByClaimId(a.claim().getId()).isEmpty();
    }

    /**
     * The checks of {@link #recordDeath} without writing anything, so the caller can store the proof only for a death
     * that will be accepted.
     */
    @Transactional(readOnly = true)
    public void checkDeath(String reference, @Nullable LocalDate diedOn, @Nullable YesNoUnknown fromAccident) {
        check(reference, diedOn, fromAccident);
    }

    /**
     * Records the death. Refused, with nothing changed: a date missing, in the future or before the accident, a death
     * already recorded, or anyone other than the handling insurer's agent or an heir of the claim.
     */
    public void recordDeath(
            String reference,
            @Nullable LocalDate diedOn,
            @Nullable YesNoUnknown fromAccident,
            @Nullable Long proofDocumentId) {
        write(check(reference, diedOn, fromAccident), diedOn, fromAccident, proofDocumentId);
    }

    /**
     * The death an heir declared when they opened the claim ({@link HeirOpenings}), recorded as the claim is sent:
     * the same checks of the date and cause, the same writing; the heir's right was checked by the caller.
     */
    void recordOpeningDeath(Access a, LocalDate diedOn, YesNoUnknown fromAccident, long proofDocumentId) {
        checkFacts(a.claim(), diedOn, fromAccident);
        if (deaths.findByClaimId(a.claim().getId()).isPresent()) {
            throw new UserInputException(null, "family.death.error.already");
        }
        write(a, diedOn, fromAccident, proofDocumentId);
    }

    private void write(
            Access a, @Nullable LocalDate diedOn, @Nullable YesNoUnknown fromAccident, @Nullable Long proofDocumentId) {
        Claim claim = a.claim();
        deaths.save(new ClaimDeath(
                claim.getId(),
                diedOn,
                fromAccident,
                proofDocumentId,
                currentUser.require().id(),
                clock.instant()));
        setDeathFact(a, diedOn);
        if (!claim.representation().represented()) {
            // the account is the victim's own (not a parent's or a guardian's): nobody signs in as the deceased
            accounts.close(claim.getOwnerId(), "deceased:" + claim.getReference());
        }
    }

    /** The handling insurer's agent corrects the recorded death; the reason goes to the claim's history. */
    public void correctDeath(
            String reference,
            @Nullable LocalDate diedOn,
            @Nullable YesNoUnknown fromAccident,
            @Nullable String reason) {
        Access a = access.require(reference, currentUser.require());
        if (a.relation() != Relation.AGENT) {
            throw new UserInputException(null, "family.death.error.notAllowed");
        }
        ClaimDeath death = deaths.findByClaimId(a.claim().getId())
                .orElseThrow(() -> new UserInputException(null, "family.death.error.none"));
        checkFacts(a.claim(), diedOn, fromAccident);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 500 || !SingleLine.isSingleLine(why)) {
            throw new UserInputException("reason", "family.death.error.reason");
        }
        edits.recordRevision(
                a.claim(),
                "death",
                new DeathCorrection(death.getDiedOn(), death.getFromAccident(), ""),
                new DeathCorrection(diedOn, fromAccident, why));
        death.correct(diedOn, fromAccident);
        deaths.save(death);
        setDeathFact(a, diedOn);
    }

    /** Whether the user is an active heir of the claim (their own account, joined). */
    @Transactional(readOnly = true)
    public boolean heir(long claimId, long userId) {
        return activeClaimant(claimId, userId).map(Claimant::isHeir).orElse(false);
    }

    /**
     * Whether the current user is an active heir of the claim whose victim's death is recorded: they then take part in
     * the claim's messages like the victim did (the deceased can no longer). Never throws.
     */
    @Transactional(readOnly = true)
    public boolean heirAfterDeath(String reference) {
        return currentUser
                .get()
                .flatMap(me -> claimRows
                        .findByReference(reference)
                        .map(Claim::getId)
                        .map(id -> deaths.findByClaimId(id).isPresent() && heir(id, me.id())))
                .orElse(false);
    }

    /**
     * Whether CSP L1110-4 V lets the user read what they need of the deceased's medical file: an active heir, or the
     * cohabitant or PACS partner the article also names. Says nothing of a recorded death or objection.
     */
    @Transactional(readOnly = true)
    public boolean entitledAfterDeath(long claimId, long userId) {
        return activeClaimant(claimId, userId)
                .map(c -> c.isHeir() || c.getLink().namedByL1110_4())
                .orElse(false);
    }

    /** The accounts of the claim's active heirs: after a death, the claim's reminders go to them. */
    @Transactional(readOnly = true)
    public List<Long> heirAccounts(long claimId) {
        return claimants.findByClaimIdOrderByInvitedAtAsc(claimId).stream()
                .filter(c -> c.getStatus() == ClaimantStatus.ACTIVE && c.isHeir() && c.getAccountId() != null)
                .filter(c -> !accounts.closed(c.getAccountId()))
                .map(Claimant::getAccountId)
                .toList();
    }

    private Optional<Claimant> activeClaimant(long claimId, long userId) {
        return claimants.findByClaimIdAndAccountId(claimId, userId).stream()
                .filter(c -> c.getStatus() == ClaimantStatus.ACTIVE)
                .findFirst();
    }

    private Access check(String reference, @Nullable LocalDate diedOn, @Nullable YesNoUnknown fromAccident) {
        Access a = access.require(reference, currentUser.require());
        if (!recorder(a)) {
            throw new UserInputException(null, "family.death.error.notAllowed");
        }
        if (deaths.findByClaimId(a.claim().getId()).isPresent()) {
            throw new UserInputException(null, "family.death.error.already");
        }
        checkFacts(a.claim(), diedOn, fromAccident);
        return a;
    }

    /** The handling insurer's agent, or an heir of the claim. */
    private boolean recorder(Access a) {
        return a.relation() == Relation.AGENT
                || (a.relation() == Relation.RELATIVE
                        && heir(a.claim().getId(), currentUser.require().id()));
    }

    /** The date (given, not in the future, not before the accident when it is known) and the cause (given). */
    void checkFacts(Claim claim, @Nullable LocalDate diedOn, @Nullable YesNoUnknown fromAccident) {
        LocalDate today = LocalDate.now(clock);
        if (diedOn == null) {
            throw new UserInputException("diedOn", "family.death.error.date");
        }
        if (diedOn.isAfter(today)) {
            throw new UserInputException("diedOn", "family.death.error.future");
        }
        LocalDate accident = claim.accident().date();
        if (accident != null && diedOn.isBefore(accident)) {
            throw new UserInputException("diedOn", "family.death.error.beforeAccident");
        }
        if (fromAccident == null) {
            throw new UserInputException("fromAccident", "family.death.error.cause");
        }
    }

    /**
     * The claim's {@code victimDied} fact, through {@link ClaimService#saveProcedureFacts}'s own checks and history: the
     * offer goes to the heirs whatever the cause of death (L211-9 al. 2), and R211-30 extends its deadline.
     */
    private void setDeathFact(Access a, LocalDate diedOn) {
        ProcedureFacts f = a.claim().procedureFacts();
        claims.applyProcedureFacts(
                a,
                new ProcedureFacts(
                        f.compensationRequested(),
                        f.liabilityContested(),
                        f.damageFullyQuantified(),
                        f.thirdPartyPayerAbroad(),
                        diedOn,
                        f.courtExpertOnInsurerRequest()));
    }

    private static Death toDeath(ClaimDeath d) {
        return new Death(d.getDiedOn(), d.getFromAccident(), d.getProofDocumentId(), d.getRecordedAt());
    }
}
