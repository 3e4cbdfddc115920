package fr.victimportal.insurer;

import fr.victimportal.account.AccountService;
import fr.victimportal.account.CurrentUser;
import fr.victimportal.account.InsurerMembers;
import fr.victimportal.account.Role;
import fr.victimportal.insurer.domain.AgentInvitation;
import fr.victimportal.insurer.domain.AgentInvitationRepository;
import fr.victimportal.insurer.domain.Insurer;
import fr.victimportal.insurer.domain.InsurerRepository;
import fr.victimportal.notification.Mail;
import fr.victimportal.notification.MailMessage;
import fr.victimportal.notification.Outbox;
import fr.victimportal.shared.SingleLine;
import fr.victimportal.shared.Tokens;
import fr.victimportal.shared.UserInputException;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An insurer's administrator invites agents: a single-use link (valid {@link #VALIDITY}, only its hash kept) by mail;
 * the invited person sets their name and password on the link's page and is then an agent of that insurer. An address
 * that already has an account (any role, any insurer) gets the same answer on the administrator's screen, but no link
 * and nothing attached: its owner is told by mail that nothing changed. Inviting an address that already has a usable
 * invitation does nothing more (a double click, a second tab).
 */
@Service
@Transactional
public class AgentInvitations {

    static final Duration VALIDITY = Duration.ofDays(7);
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Logger log = LoggerFactory.getLogger(AgentInvitations.class);

    private final AgentInvitationRepository invitations;
    private final InsurerRepository insurers;
    private final InsurerMembers members;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final Outbox outbox;
    private final Clock clock;

    AgentInvitations(
            AgentInvitationRepository invitations,
            InsurerRepository insurers,
            InsurerMembers members,
            AccountService accounts,
            CurrentUser currentUser,
            Outbox outbox,
            Clock clock) {
        this.invitations = invitations;
        this.insurers = insurers;
        this.members = members;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** An invitation not answered yet, as the administrator sees it. */
    public record Pending(long id, String name, String email, Instant invitedAt, Instant expiresAt, boolean expired) {}

    /** What the link shows before anyone signs in. */
    public record InvitationInfo(
            boolean usable, boolean expired, String insurerName, String name, String email, boolean administrator) {}

    /** The caller's insurer's invitations not answered yet (expired ones too, until cancelled), newest first. */
    @RolesAllowed("INSURER_ADMIN")
    @Transactional(readOnly = true)
    public List<Pending> pending() {
        Instant now = clock.instant();
        return invitations
                .findByInsurerIdAndStatusOrderByInvitedAtDesc(members.myInsurer(), AgentInvitation.Status.PENDING)
                .stream()
                .map(i -> new Pending(
                        i.getId(), i.getName(), i.getEmail(), i.getInvitedAt(), i.getExpiresAt(), !i.usableAt(now)))
                .toList();
    }

    /** Invites a new agent to the caller's insurer (see the class comment for an address that has an account). */
    @RolesAllowed("INSURER_ADMIN")
    public void invite(String name, String email, Locale language) {
        if (name == null || name.isBlank() || name.strip().length() > 120) {
            throw new UserInputException("name", "insurer.agents.error.name");
        }
        SingleLine.check("name", name.strip());
        if (email == null
                || email.strip().length() > 254
                || !EMAIL.matcher(email.strip()).matches()) {
            throw new UserInputException("email", "insurer.agents.error.email");
        }
        String address = email.strip().toLowerCase(Locale.ROOT);
        long insurerId = members.myInsurer();
        Instant now = clock.instant();
        List<AgentInvitation> open =
                invitations.findByInsurerIdAndEmailAndStatus(insurerId, address, AgentInvitation.Status.PENDING);
        if (open.stream().anyMatch(i -> i.usableAt(now))) {
            return; // already invited: nothing is sent twice
        }
        open.forEach(i -> i.cancel(now)); // an expired one gives way to the new one
        Optional<Long> existing = accounts.idOf(address);
        @Nullable Long account;
        if (existing.isEmpty()) {
            account = accounts.invitedAccount(address, name.strip(), Role.AGENT, language);
        } else {
            // an account this insurer invited earlier and never set up is invited again; any other is left alone
            account = reusable(existing.get(), insurerId) ? existing.get() : null;
        }
        String token = Tokens.newToken();
        AgentInvitation invitation = invitations.saveAndFlush(new AgentInvitation(
                insurerId,
                account,
                name.strip(),
                address,
                Tokens.hash(token),
                currentUser.require().id(),
                now,
                now.plus(VALIDITY)));
        Insurer insurer = insurers.findById(insurerId).orElseThrow();
        if (account != null) {
            outbox.enqueue(Mail.notice(
                    account,
                    MailMessage.subject("insurer.mail.invitation.subject", insurer.getName())
                            .paragraph(
                                    "insurer.mail.invitation.lead",
                                    currentUser.require().displayName(),
                                    insurer.getName())
                            .paragraph("insurer.mail.invitation.validity", (int) VALIDITY.toDays())
                            .action("insurer.mail.invitation.action", "invitation-agent/" + token)
                            .build(),
                    "agent-invitation:" + invitation.getId()));
        } else {
            // the address has an account: its owner learns that nothing changed; the administrator learns nothing
            outbox.enqueue(Mail.notice(
                    existing.orElseThrow(),
                    MailMessage.subject("insurer.mail.taken.subject", insurer.getName())
                            .paragraph("insurer.mail.taken.lead", insurer.getName())
                            .paragraph("insurer.mail.taken.what")
                            .build(),
                    "agent-invitation:" + invitation.getId()));
            log.info("Agent invitation {}: the address already has an account, nothing attached", invitation.getId());
        }
    }

    /** An account this insurer invited earlier that was never set up: the new invitation reuses it. */
    private boolean reusable(long accountId, long insurerId) {
        return accounts.roleOf(accountId).orElse(null) == Role.AGENT
                && !accounts.activated(accountId)
                && invitations.existsByInsurerIdAndAccountId(insurerId, accountId);
    }

    /** Withdraws an invitation of the caller's insurer: its link no longer works. */
    @RolesAllowed("INSURER_ADMIN")
    public void cancel(long invitationId) {
        long insurerId = members.myInsurer();
        AgentInvitation invitation = invitations
                .findById(invitationId)
                .filter(i -> i.getInsurerId() == insurerId)
                .orElseThrow(() -> new AgentNotFoundException(invitationId));
        invitation.cancel(clock.instant());
    }

    /** What the link's page shows; an unknown token is unusable and not expired. */
    @Transactional(readOnly = true)
    public InvitationInfo invitation(@Nullable String token) {
        Optional<AgentInvitation> found = find(token);
        if (found.isEmpty()) {
            return new InvitationInfo(false, false, "", "", "", false);
        }
        AgentInvitation i = found.get();
        boolean usable = i.usableAt(clock.instant()) && !accounts.activated(i.getAccountId());
        String insurer = insurers.findById(i.getInsurerId()).orElseThrow().getName();
        boolean administrator = accounts.roleOf(i.getAccountId()).orElse(null) == Role.INSURER_ADMIN;
        return new InvitationInfo(usable, !usable, insurer, i.getName(), i.getEmail(), administrator);
    }

    /**
     * The invited person sets their name and password: their account opens and belongs to the insurer. A second
     * acceptance (another tab) finds the link used.
     */
    public void accept(@Nullable String token, String name, String password) {
        AgentInvitation i = find(token)
                .filter(x -> x.usableAt(clock.instant()) && !accounts.activated(x.getAccountId()))
                .orElseThrow(() -> new UserInputException(null, "invitation.error.unusable"));
        long account = i.getAccountId();
        accounts.activateInvited(account, name, password);
        accounts.attachToInsurer(account, i.getInsurerId());
        i.accepted(clock.instant());
        invitations.saveAndFlush(i);
        log.info("Agent invitation {} accepted: account {} joins insurer {}", i.getId(), account, i.getInsurerId());
    }

    /** A link's invitation, only if it was sent (an invitation to a taken address never had one). */
    private Optional<AgentInvitation> find(@Nullable String token) {
        return (token == null ? Optional.<AgentInvitation>empty() : invitations.findByTokenHash(Tokens.hash(token)))
                .filter(i -> i.getAccountId() != null);
    }
}
