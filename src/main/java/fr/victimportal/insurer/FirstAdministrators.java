package fr.victimportal.insurer;

import fr.victimportal.account.AccountService;
import fr.victimportal.account.Role;
import fr.victimportal.insurer.domain.AgentInvitation;
import fr.victimportal.insurer.domain.AgentInvitationRepository;
import fr.victimportal.insurer.domain.Insurer;
import fr.victimportal.insurer.domain.InsurerRepository;
import fr.victimportal.notification.Mail;
import fr.victimportal.notification.MailMessage;
import fr.victimportal.notification.Outbox;
import fr.victimportal.shared.Tokens;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first administrator of an insurer, named by the operator in the insurer list (column {@code administrator}):
 * while the insurer has no administrator with a set-up account, the address gets an invitation link by mail (the
 * same single-use, expiring link as an agent's, on the same page), and then invites the insurer's agents. Loading the
 * list again sends nothing while that invitation is usable; an expired one is replaced. An address that already has
 * an account of any kind is never attached to the insurer: the start-up log tells the operator to name another one.
 */
@Component
@Transactional
class FirstAdministrators {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrators.class);

    private final AgentInvitationRepository invitations;
    private final InsurerRepository insurers;
    private final AccountService accounts;
    private final Outbox outbox;
    private final Clock clock;

    FirstAdministrators(
            AgentInvitationRepository invitations,
            InsurerRepository insurers,
            AccountService accounts,
            Outbox outbox,
            Clock clock) {
        this.invitations = invitations;
        this.insurers = insurers;
        this.accounts = accounts;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Invites {@code address} as the insurer's first administrator, unless the insurer has one or it is on its way. */
    void invite(long insurerId, String address) {
        if (!accounts.activatedAdministratorIdsOf(insurerId).isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        List<AgentInvitation> open =
                invitations.findByInsurerIdAndEmailAndStatus(insurerId, address, AgentInvitation.Status.PENDING);
        if (open.stream().anyMatch(i -> i.usableAt(now) && i.getAccountId() != null)) {
            return;
        }
        Optional<Long> existing = accounts.idOf(address);
        if (existing.isPresent() && !ownInvitedAdministrator(existing.get(), insurerId)) {
            log.warn(
                    "Insurer {}: the administrator's address named in the insurer list already has an account;"
                            + " nothing sent or attached, name another address",
                    insurerId);
            return;
        }
        open.forEach(i -> i.cancel(now));
        Insurer insurer = insurers.findById(insurerId).orElseThrow();
        String name = "Administrateur, " + insurer.getName();
        long account = existing.orElseGet(() -> accounts.invitedAccount(
                address, name.substring(0, Math.min(120, name.length())), Role.INSURER_ADMIN, Locale.FRENCH));
        String token = Tokens.newToken();
        AgentInvitation invitation = invitations.saveAndFlush(new AgentInvitation(
                insurerId,
                account,
                name.substring(0, Math.min(120, name.length())),
                address,
                Tokens.hash(token),
                null,
                now,
                now.plus(AgentInvitations.VALIDITY)));
        outbox.enqueue(Mail.notice(
                account,
                MailMessage.subject("insurer.mail.admin.subject", insurer.getName())
                        .paragraph("insurer.mail.admin.lead", insurer.getName())
                        .paragraph("insurer.mail.invitation.validity", (int) AgentInvitations.VALIDITY.toDays())
                        .action("insurer.mail.admin.action", "invitation-agent/" + token)
                        .build(),
                "admin-invitation:" + invitation.getId()));
        log.info("Insurer {}: first administrator invited (invitation {})", insurerId, invitation.getId());
    }

    /** An administrator account this insurer's list invited earlier and that was never set up. */
    private boolean ownInvitedAdministrator(long accountId, long insurerId) {
        return accounts.roleOf(accountId).orElse(null) == Role.INSURER_ADMIN
                && !accounts.activated(accountId)
                && invitations.existsByInsurerIdAndAccountId(insurerId, accountId);
    }
}
