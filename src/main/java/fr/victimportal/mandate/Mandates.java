package fr.victimportal.mandate;

import fr.victimportal.account.AccountDeleted;
import fr.victimportal.account.AccountService;
import fr.victimportal.account.CurrentUser;
import fr.victimportal.account.PortalUser;
import fr.victimportal.account.Role;
import fr.victimportal.audit.AuditAction;
import fr.victimportal.audit.AuditOutcome;
import fr.victimportal.audit.AuditRecord;
import fr.victimportal.audit.AuditTrail;
import fr.victimportal.claim.ClaimNotFoundException;
import fr.victimportal.claim.ClaimParticipants;
import fr.victimportal.claim.ClaimService;
import fr.victimportal.claim.model.ClaimFile;
import fr.victimportal.claim.model.HelperScope;
import fr.victimportal.claim.model.Relation;
import fr.victimportal.claim.spi.ClaimJobs;
import fr.victimportal.mandate.domain.Mandate;
import fr.victimportal.mandate.domain.MandateRepository;
import fr.victimportal.shared.ClockConfiguration;
import fr.victimportal.shared.Tokens;
import fr.victimportal.shared.UserInputException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The victim's mandates to association caseworkers. Only the claim's owner signs and revokes; the caseworker accepts
 * through the link mailed to them. Every step is written to the audit trail, which the victim reads as the claim's
 * history. What a mandate can never allow (accepting, refusing or withdrawing from an offer, receiving money, reading
 * an unshared medical document) is refused by the offer and medical services to any HELPER, whatever is signed here.
 */
@Service
@Transactional
public class Mandates {

    static final Duration LINK_VALIDITY = Duration.ofDays(14);
    private static final Logger log = LoggerFactory.getLogger(Mandates.class);

    private final MandateRepository mandates;
    private final ClaimService claims;
    private final ClaimParticipants participants;
    private final ClaimJobs jobs;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final MandateMails mails;
    private final AuditTrail audit;
    private final Clock clock;

    Mandates(
            MandateRepository mandates,
            ClaimService claims,
            ClaimParticipants participants,
            ClaimJobs jobs,
            AccountService accounts,
            CurrentUser currentUser,
            MandateMails mails,
            AuditTrail audit,
            Clock clock) {
        this.mandates = mandates;
        this.claims = claims;
        this.participants = participants;
        this.jobs = jobs;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.mails = mails;
        this.audit = audit;
        this.clock = clock;
    }

    /** What the victim fills in and signs. */
    public record MandateInput(
            String caseworkerName,
            String email,
            String associationName,
            String associationNumber,
            Standing standing,
            Set<HelperScope> scope,
            LocalDate validUntil,
            String signedName,
            boolean consent) {}

    /** A mandate as the victim (or the caseworker) sees it. */
    public record MandateSummary(
            long id,
            String claimReference,
            String caseworkerName,
            String email,
            String associationName,
            String associationNumber,
            Standing standing,
            Set<HelperScope> scope,
            LocalDate validUntil,
            String signedName,
            Instant signedAt,
            State state) {
        public boolean revocable() {
            return state == State.PENDING || state == State.ACTIVE;
        }
    }

    /** The state shown: an active mandate past its end date is EXPIRED. */
    public enum State {
        PENDING,
        ACTIVE,
        EXPIRED,
        REVOKED,
        LINK_EXPIRED
    }

    /** What the link shows before anyone signs in. */
    public record Invitation(Outcome outcome, MandateSummary mandate, String memberName, boolean accountActive) {}

    public enum Outcome {
        USABLE,
        EXPIRED,
        UNKNOWN
    }

    /** The claim's mandates, newest first: for its owner only. */
    @Transactional(readOnly = true)
    public List<MandateSummary> ofClaim(String reference) {
        ClaimFile file = owned(reference);
        return mandates.findByClaimReferenceOrderBySignedAtDesc(file.reference()).stream()
                .map(this::summary)
                .toList();
    }

    /**
     * The owner signs a mandate: the caseworker gets a link (valid 14 days) to accept it. Every field is checked and a
     * refusal names the field; nothing is written then.
     */
    public MandateSummary sign(String reference, MandateInput in, Locale language) {
        ClaimFile file = owned(reference);
        PortalUser me = currentUser.require();
        MandateForm.Checked form = MandateForm.check(in, me, LocalDate.now(clock));
        String name = form.caseworkerName();
        String email = form.email();
        long helper = accounts.invitedAccount(email, name, Role.HELPER, language);
        if (accounts.roleOf(helper).orElse(null) != Role.HELPER) {
            throw new UserInputException("email", "mandate.error.notAHelper");
        }
        boolean open = mandates.findByClaimReferenceOrderBySignedAtDesc(file.reference()).stream()
                .filter(m -> m.getHelperUserId() == helper)
                .anyMatch(m -> stateOf(m) == State.PENDING || stateOf(m) == State.ACTIVE);
        if (open) {
            throw new UserInputException("email", "mandate.error.already");
        }
        String token = Tokens.newToken();
        Instant now = clock.instant();
        Mandate m = mandates.saveAndFlush(new Mandate(
                file.reference(),
                me.id(),
                helper,
                name,
                email,
                form.associationName(),
                form.associationNumber(),
                in.standing(),
                HelperScope.encode(in.scope()),
                in.validUntil(),
                in.signedName().strip(),
                now,
                Tokens.hash(token),
                now.plus(LINK_VALIDITY)));
        record(me, file, m, AuditAction.MANDATE_SIGNED);
        mails.invitation(helper, file, m, token, LINK_VALIDITY);
        log.info("Mandate {} signed on claim {} for account {}", m.getId(), file.reference(), helper);
        return summary(m);
    }

    /**
     * The owner revokes a mandate, with immediate effect: the caseworker's participation ends now and every session of
     * theirs ends at its next request. A mandate already ended changes nothing.
     */
    public void revoke(String reference, long mandateId) {
        ClaimFile file = owned(reference);
        Mandate m = mandates.findById(mandateId)
                .filter(x -> x.getClaimReference().equals(file.reference()))
                .orElseThrow(() -> new ClaimNotFoundException(reference));
        State state = stateOf(m);
        if (state != State.PENDING && state != State.ACTIVE) {
            throw new UserInputException(null, "mandate.error.ended");
        }
        end(m, file.reference());
        record(currentUser.require(), file, m, AuditAction.MANDATE_REVOKED);
        mails.revoked(file, m);
    }

    private void end(Mandate m, String reference) {
        boolean accepted = m.getStatus() == Mandate.Status.ACTIVE;
        m.revoked(clock.instant());
        mandates.save(m);
        if (accepted) {
            // a mandate never accepted gave no access: the caseworker's sessions for other members go on
            jobs.endHelper(reference, m.getHelperUserId());
            accounts.endSessionsOf(m.getHelperUserId());
        }
    }

    @Transactional(readOnly = true)
    public Invitation invitation(String token) {
        Optional<Mandate> found = token == null ? Optional.empty() : mandates.findByTokenHash(Tokens.hash(token));
        if (found.isEmpty()) {
            return new Invitation(Outcome.UNKNOWN, null, null, false);
        }
        Mandate m = found.get();
        String member = accounts.displayNames(List.of(m.getVictimUserId())).get(m.getVictimUserId());
        return new Invitation(
                m.linkUsableAt(clock.instant()) ? Outcome.USABLE : Outcome.EXPIRED,
                summary(m),
                member,
                accounts.activated(m.getHelperUserId()));
    }

    /**
     * The caseworker accepts. A new caseworker sets their name and password (the link proves the address); one with an
     * account accepts while signed in as that account. They then take part as HELPER within the scope until the end
     * date (end of that day, Paris time).
     */
    public void accept(String token, String name, String password) {
        Mandate m = (token == null ? Optional.<Mandate>empty() : mandates.findByTokenHash(Tokens.hash(token)))
                .filter(x -> x.linkUsableAt(clock.instant()))
                .orElseThrow(() -> new UserInputException(null, "invitation.error.unusable"));
        if (accounts.activated(m.getHelperUserId())) {
            boolean signedInAsThem =
                    currentUser.get().map(u -> u.id() == m.getHelperUserId()).orElse(false);
            if (!signedInAsThem) {
                throw new UserInputException(null, "mandate.invitation.error.signIn");
            }
        } else {
            accounts.activateInvited(m.getHelperUserId(), name, password);
        }
        Instant until = m.getValidUntil()
                .plusDays(1)
                .atStartOfDay(ClockConfiguration.PARIS)
                .toInstant();
        long owner =
                jobs.admitHelper(m.getClaimReference(), m.getHelperUserId(), HelperScope.decode(m.getScope()), until);
        m.accepted(clock.instant());
        mandates.saveAndFlush(m);
        audit.record(new AuditRecord(
                m.getHelperUserId(),
                Role.HELPER.name(),
                participants.claimId(m.getClaimReference()),
                "mandate:" + m.getId(),
                AuditAction.MANDATE_ACCEPTED,
                AuditOutcome.GRANTED));
        mails.accepted(owner, m);
    }

    /** A deleted account's mandates end: the victim's (their caseworkers lose access) and the caseworker's. */
    @EventListener
    public void on(AccountDeleted event) {
        List<Mandate> theirs = event.role() == Role.HELPER
                ? mandates.findByHelperUserId(event.userId())
                : mandates.findByVictimUserId(event.userId());
        theirs.stream()
                .filter(m -> m.getStatus() == Mandate.Status.PENDING || m.getStatus() == Mandate.Status.ACTIVE)
                .forEach(m -> end(m, m.getClaimReference()));
    }

    private MandateSummary summary(Mandate m) {
        return new MandateSummary(
                m.getId(),
                m.getClaimReference(),
                m.getCaseworkerName(),
                m.getEmail(),
                m.getAssociationName(),
                m.getAssociationNumber(),
                m.getStanding(),
                HelperScope.decode(m.getScope()),
                m.getValidUntil(),
                m.getSignedName(),
                m.getSignedAt(),
                stateOf(m));
    }

    private State stateOf(Mandate m) {
        return switch (m.getStatus()) {
            case PENDING -> m.getLinkExpiresAt().isAfter(clock.instant()) ? State.PENDING : State.LINK_EXPIRED;
            case ACTIVE -> m.getValidUntil().isBefore(LocalDate.now(clock)) ? State.EXPIRED : State.ACTIVE;
            case REVOKED -> State.REVOKED;
            case DECLINED -> State.LINK_EXPIRED;
        };
    }

    private void record(PortalUser who, ClaimFile file, Mandate m, AuditAction action) {
        audit.record(new AuditRecord(
                who.id(),
                Relation.OWNER.name(),
                participants.claimId(file.reference()),
                "mandate:" + m.getId(),
                action,
                AuditOutcome.GRANTED));
    }

    private ClaimFile owned(String reference) {
        ClaimFile file = claims.open(reference);
        if (!file.submitted() || file.viewer() != Relation.OWNER) {
            throw new ClaimNotFoundException(reference);
        }
        return file;
    }
}
