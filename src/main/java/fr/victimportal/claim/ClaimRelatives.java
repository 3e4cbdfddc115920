package fr.victimportal.claim;

import fr.victimportal.account.AccountDeleted;
import fr.victimportal.account.AccountService;
import fr.victimportal.account.CurrentUser;
import fr.victimportal.account.PortalUser;
import fr.victimportal.account.Role;
import fr.victimportal.claim.domain.Claim;
import fr.victimportal.claim.domain.ClaimDeathRepository;
import fr.victimportal.claim.domain.ClaimParticipant;
import fr.victimportal.claim.domain.ClaimParticipantRepository;
import fr.victimportal.claim.domain.ClaimRepository;
import fr.victimportal.claim.domain.Claimant;
import fr.victimportal.claim.domain.ClaimantRepository;
import fr.victimportal.claim.internal.ClaimAccessPolicy;
import fr.victimportal.claim.internal.ClaimAccessPolicy.Access;
import fr.victimportal.claim.model.ClaimantStatus;
import fr.victimportal.claim.model.KinLink;
import fr.victimportal.claim.model.Relation;
import fr.victimportal.notification.Mail;
import fr.victimportal.notification.MailMessage;
import fr.victimportal.notification.Outbox;
import fr.victimportal.shared.SingleLine;
import fr.victimportal.shared.Tokens;
import fr.victimportal.shared.UserInputException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The claimants around a claim besides the direct victim (issue 24): the living victim invites a relative; after a
 * death the handling insurer's agent adds the heirs (nobody else can vouch for them), and so does the heir who opened
 * the claim of a victim who never had an account (the agent ends anyone added by mistake). The invitee accepts by a
 * single-use link valid 14 days (only its hash is kept), creating their account if they have none, and then takes part
 * as RELATIVE: the dashboard read-only, never the messages, a medical document only under the victim's consent or, for
 * an heir after the death, CSP L1110-4 V.
 */
@Service
@Transactional
public class ClaimRelatives {

    static final Duration LINK_VALIDITY = Duration.ofDays(14);
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final ClaimAccessPolicy access;
    private final CurrentUser currentUser;
    private final ClaimRepository claims;
    private final ClaimantRepository claimants;
    private final ClaimDeathRepository deaths;
    private final ClaimParticipantRepository participants;
    private final AccountService accounts;
    private final Outbox outbox;
    private final Clock clock;

    ClaimRelatives(
            ClaimAccessPolicy access,
            CurrentUser currentUser,
            ClaimRepository claims,
            ClaimantRepository claimants,
            ClaimDeathRepository deaths,
            ClaimParticipantRepository participants,
            AccountService accounts,
            Outbox outbox,
            Clock clock) {
        this.access = access;
        this.currentUser = currentUser;
        this.claims = claims;
        this.claimants = claimants;
        this.deaths = deaths;
        this.participants = participants;
        this.accounts = accounts;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Who is invited: name, address, link to the victim, and for a minor the representative who acts for them. */
    public record NewClaimant(
            String name,
            String email,
            @Nullable KinLink link,
            boolean minor,
            @Nullable String representativeName) {}

    /** A claimant as the claim's people see them (no address). */
    public record ClaimantLine(
            long id,
            String name,
            KinLink link,
            boolean heir,
            boolean minor,
            @Nullable String representativeName,
            ClaimantStatus status) {}

    /** What the link shows before anyone signs in. */
    public record Invitation(
            boolean usable, boolean expired, String victimName, String name, String email, boolean accountActive) {}

    /** The claim's claimants, for its owner, the handling insurer's agent and the relatives themselves. */
    @Transactional(readOnly = true)
    public List<ClaimantLine> list(String reference) {
        Access a = access.require(reference, currentUser.require());
        if (a.relation() != Relation.OWNER && a.relation() != Relation.AGENT && a.relation() != Relation.RELATIVE) {
            throw new ClaimNotFoundException(reference);
        }
        return claimants.findByClaimIdOrderByInvitedAtAsc(a.claim().getId()).stream()
                .filter(c -> c.getStatus() != ClaimantStatus.ENDED)
                .map(c -> new ClaimantLine(
                        c.getId(),
                        c.getName(),
                        c.getLink(),
                        c.isHeir(),
                        c.isMinor(),
                        c.getRepresentativeName(),
                        c.getStatus()))
                .toList();
    }

    /**
     * Whether the current user may invite: the living victim (a relative), the agent (an heir), or the heir who opened
     * the claim after the death (the other heirs).
     */
    @Transactional(readOnly = true)
    public boolean mayInvite(String reference) {
        PortalUser me = currentUser.require();
        Access a = access.require(reference, me);
        boolean dead = deaths.findByClaimId(a.claim().getId()).isPresent();
        return (a.relation() == Relation.OWNER && !dead) || a.relation() == Relation.AGENT || openingHeir(a, me);
    }

    /**
     * The heir who opened the claim of a deceased victim (issue 24), while they take part in it: nobody else is there
     * to bring in the other heirs until the insurer's agent does.
     */
    private static boolean openingHeir(Access a, PortalUser me) {
        return a.relation() == Relation.RELATIVE
                && a.claim().representation().heir()
                && a.claim().getOwnerId().equals(me.id());
    }

    /** The direct victim's name as the invitations give it: the deceased's, when an heir opened the claim. */
    private String victimName(Claim claim) {
        return claim.representation().heir()
                ? claim.representation().representedName()
                : accounts.displayNames(List.of(claim.getOwnerId())).get(claim.getOwnerId());
    }

    /**
     * Invites a claimant. The living victim (the owner) invites a relative; the handling insurer's agent adds an heir
     * (the only one who can vouch for one). An address that already takes part as a relative is made an heir by the
     * agent without a new link. Every refusal names its field and changes nothing.
     */
    public void invite(String reference, NewClaimant in, Locale language) {
        PortalUser me = currentUser.require();
        Access a = access.require(reference, me);
        Claim claim = a.claim();
        boolean dead = deaths.findByClaimId(claim.getId()).isPresent();
        boolean heir;
        if (a.relation() == Relation.OWNER && !dead) {
            heir = false;
        } else if (a.relation() == Relation.AGENT || openingHeir(a, me)) {
            heir = true;
        } else {
            throw new UserInputException(null, "family.invite.error.notAllowed");
        }
        String name = in.name() == null ? "" : in.name().strip();
        if (name.isEmpty() || name.length() > 120 || !SingleLine.isSingleLine(name)) {
            throw new UserInputException("name", "family.invite.error.name");
        }
        String email = in.email() == null ? "" : in.email().strip().toLowerCase(Locale.ROOT);
        if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
            throw new UserInputException("email", "family.invite.error.email");
        }
        if (in.link() == null) {
            throw new UserInputException("link", "family.invite.error.link");
        }
        String representative =
                in.representativeName() == null ? "" : in.representativeName().strip();
        if (in.minor() && (representative.isEmpty() || representative.length() > 120)) {
            throw new UserInputException("representative", "family.invite.error.representative");
        }
        Optional<Long> existing = accounts.idOf(email);
        if (existing.isPresent() && existing.get().equals(claim.getOwnerId())) {
            throw new UserInputException("email", "family.invite.error.self");
        }
        if (existing.isPresent() && accounts.roleOf(existing.get()).orElse(null) != Role.VICTIM) {
            throw new UserInputException("email", "family.invite.error.notPrivate");
        }
        for (Claimant c : claimants.findByClaimIdOrderByInvitedAtAsc(claim.getId())) {
            if (c.getStatus() != ClaimantStatus.ENDED && c.getEmail().equals(email)) {
                if (heir && c.getStatus() == ClaimantStatus.ACTIVE && !c.isHeir()) {
                    c.heir(); // the agent vouches for a relative already in the claim
                    claimants.save(c);
                    return;
                }
                throw new UserInputException("email", "family.invite.error.already");
            }
        }
        long account = accounts.invitedAccount(email, name, Role.VICTIM, language);
        String token = Tokens.newToken();
        Instant now = clock.instant();
        Claimant c = claimants.saveAndFlush(new Claimant(
                claim.getId(),
                account,
                name,
                email,
                in.link(),
                heir,
                in.minor(),
                in.minor() ? representative : null,
                Tokens.hash(token),
                now.plus(LINK_VALIDITY),
                me.id(),
                now));
        String victim = victimName(claim);
        outbox.enqueue(Mail.notice(
                account,
                MailMessage.subject("family.mail.invitation.subject", victim)
                        .paragraph(
                                !heir
                                        ? "family.mail.invitation.lead"
                                        : openingHeir(a, me)
                                                ? "family.mail.invitation.openingHeir"
                                                : "family.mail.invitation.heir",
                                victim,
                                me.displayName())
                        .paragraph("family.mail.invitation.validity", (int) LINK_VALIDITY.toDays())
                        .action("family.mail.invitation.action", "proche/" + token)
                        .build(),
                "claimant-invitation:" + c.getId()));
    }

    @Transactional(readOnly = true)
    public Invitation invitation(@Nullable String token) {
        Optional<Claimant> found = token == null ? Optional.empty() : claimants.findByTokenHash(Tokens.hash(token));
        if (found.isEmpty()) {
            return new Invitation(false, false, "", "", "", false);
        }
        Claimant c = found.get();
        Claim claim = claims.findById(c.getClaimId()).orElseThrow();
        String victim = victimName(claim);
        boolean usable = c.linkUsableAt(clock.instant());
        return new Invitation(usable, !usable, victim, c.getName(), c.getEmail(), accounts.activated(c.getAccountId()));
    }

    /**
     * The invitee accepts: a new person sets their name and password (the link proves the address), one with an
     * account accepts while signed in as that account. They then take part as RELATIVE; the link is spent.
     */
    public void accept(@Nullable String token, @Nullable String name, @Nullable String password) {
        Claimant c = (token == null ? Optional.<Claimant>empty() : claimants.findByTokenHash(Tokens.hash(token)))
                .filter(x -> x.linkUsableAt(clock.instant()))
                .orElseThrow(() -> new UserInputException(null, "invitation.error.unusable"));
        if (accounts.activated(c.getAccountId())) {
            boolean signedInAsThem =
                    currentUser.get().map(u -> u.id() == c.getAccountId()).orElse(false);
            if (!signedInAsThem) {
                throw new UserInputException(null, "family.invitation.error.signIn");
            }
        } else {
            accounts.activateInvited(c.getAccountId(), name, password);
        }
        Instant now = clock.instant();
        c.joined(now);
        claimants.saveAndFlush(c);
        participants.save(new ClaimParticipant(c.getClaimId(), c.getAccountId(), Role.RELATIVE, now));
    }

    /** The claims the current user follows as a relative or heir (active participations), for their own home. */
    @Transactional(readOnly = true)
    public List<String> followedClaims() {
        PortalUser me = currentUser.require();
        return participants.findByUserIdAndRole(me.id(), Role.RELATIVE).stream()
                .filter(p -> p.activeAt(clock.instant()))
                .map(p ->
                        claims.findById(p.getClaimId()).map(Claim::getReference).orElse(null))
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    /** Whether the current user may end a claimant's part in the claim: the living victim, or the agent. */
    @Transactional(readOnly = true)
    public boolean mayEnd(String reference) {
        Access a = access.require(reference, currentUser.require());
        boolean dead = deaths.findByClaimId(a.claim().getId()).isPresent();
        return (a.relation() == Relation.OWNER && !dead) || a.relation() == Relation.AGENT;
    }

    /**
     * Ends a claimant's part in the claim (a relative the living victim no longer wants to follow it, or a person the
     * agent added by mistake): their invitation link dies, they lose the claim at their next request, and their own
     * offers stay recorded as they are. The living victim ends the relatives; only the agent ends an heir. Refused,
     * with nothing changed: a claimant of another claim, one already ended, or anyone else.
     */
    public void end(String reference, long claimantId) {
        Access a = access.require(reference, currentUser.require());
        boolean dead = deaths.findByClaimId(a.claim().getId()).isPresent();
        boolean owner = a.relation() == Relation.OWNER && !dead;
        if (!owner && a.relation() != Relation.AGENT) {
            throw new UserInputException(null, "family.end.error.notAllowed");
        }
        Claimant c = claimants
                .findById(claimantId)
                .filter(x -> x.getClaimId().equals(a.claim().getId()))
                .filter(x -> x.getStatus() != ClaimantStatus.ENDED)
                .orElseThrow(() -> new UserInputException(null, "family.end.error.none"));
        if (owner && c.isHeir()) {
            throw new UserInputException(null, "family.end.error.heir");
        }
        Instant now = clock.instant();
        c.end(now);
        if (c.getAccountId() != null) {
            participants.findByClaimIdAndUserId(c.getClaimId(), c.getAccountId()).stream()
                    .filter(p -> p.getRole() == Role.RELATIVE && p.activeAt(now))
                    .forEach(p -> p.end(now));
        }
    }

    /** A deleted account follows no claim any more (its participations end in {@link ClaimParticipants}). */
    @EventListener
    public void on(AccountDeleted event) {
        claimants.findByAccountId(event.userId()).stream()
                .filter(c -> c.getStatus() != ClaimantStatus.ENDED)
                .forEach(c -> c.end(clock.instant()));
    }
}
