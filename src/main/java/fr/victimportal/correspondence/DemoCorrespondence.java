package fr.victimportal.correspondence;

import fr.victimportal.account.AccountService;
import fr.victimportal.account.DemoAccounts;
import fr.victimportal.account.DemoAccounts.DemoAccount;
import fr.victimportal.account.Role;
import fr.victimportal.claim.ClaimParticipants;
import fr.victimportal.claim.spi.ClaimJobs;
import fr.victimportal.correspondence.domain.ClaimMessage;
import fr.victimportal.correspondence.domain.ClaimMessageRepository;
import fr.victimportal.correspondence.domain.DocumentRequest;
import fr.victimportal.correspondence.domain.DocumentRequestRepository;
import fr.victimportal.shared.PortalProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode: on the demo victim's first claim, the South insurer's demo agent has written once and asked for the pay
 * slips of the three months before the accident; the victim has answered the message. No mail is owed for them (the
 * demo outbox stays about what the visitor does).
 */
@Component
@Order(45)
class DemoCorrespondence implements ApplicationRunner {

    private final boolean enabled;
    private final AccountService accounts;
    private final ClaimJobs claims;
    private final ClaimParticipants participants;
    private final ClaimMessageRepository messages;
    private final DocumentRequestRepository requests;
    private final Clock clock;

    DemoCorrespondence(
            PortalProperties properties,
            AccountService accounts,
            ClaimJobs claims,
            ClaimParticipants participants,
            ClaimMessageRepository messages,
            DocumentRequestRepository requests,
            Clock clock) {
        this.enabled = properties.demo().enabled();
        this.accounts = accounts;
        this.claims = claims;
        this.participants = participants;
        this.messages = messages;
        this.requests = requests;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        DemoAccount victim = first(Role.VICTIM);
        DemoAccount agent = DemoAccounts.ACCOUNTS.stream()
                .filter(a -> a.email().equals("agent@demo.victim-portal.fr"))
                .findFirst()
                .orElseThrow();
        Long victimId = accounts.idOf(victim.email()).orElse(null);
        Long agentId = accounts.idOf(agent.email()).orElse(null);
        if (victimId == null || agentId == null) {
            return;
        }
        String reference =
                claims.referencesOwnedBy(victimId).stream().findFirst().orElse(null);
        Long claimId = reference == null ? null : participants.claimId(reference);
        if (claimId == null || messages.countByClaimId(claimId) > 0) {
            return;
        }
        Instant now = clock.instant();
        Instant asked = now.minus(Duration.ofDays(3));
        messages.save(new ClaimMessage(
                claimId,
                agentId,
                agent.displayName(),
                "AGENT",
                ClaimMessage.Kind.MESSAGE,
                "Bonjour Madame Martin,\n\nNous avons bien reçu votre déclaration. Pour évaluer la perte de revenus"
                        + " pendant votre arrêt de travail, pourriez-vous nous transmettre vos trois derniers bulletins"
                        + " de paie avant l’accident ? La demande figure ci-dessus.\n\nBien cordialement,\n"
                        + agent.displayName(),
                null,
                asked));
        LocalDate due = LocalDate.now(clock).plusDays(18);
        DocumentRequest payslips = requests.save(new DocumentRequest(
                claimId,
                RequestItem.PAYSLIPS.name(),
                "",
                "Les trois bulletins de paie précédant l’accident, pour calculer la perte de revenus (R211-37).",
                due,
                agentId,
                agent.displayName(),
                asked));
        messages.save(new ClaimMessage(
                claimId,
                agentId,
                agent.displayName(),
                "AGENT",
                ClaimMessage.Kind.EVENT,
                String.join("\n", ThreadEvents.REQUESTED, RequestItem.PAYSLIPS.name(), "", due.toString()),
                payslips.getId(),
                asked.plusSeconds(60)));
        messages.save(new ClaimMessage(
                claimId,
                victimId,
                victim.displayName(),
                "OWNER",
                ClaimMessage.Kind.MESSAGE,
                "Bonjour,\nJe les cherche et je vous les envoie cette semaine.\nCamille Martin",
                null,
                now.minus(Duration.ofDays(2))));
    }

    private static DemoAccount first(Role role) {
        return DemoAccounts.ACCOUNTS.stream()
                .filter(a -> a.role() == role)
                .findFirst()
                .orElseThrow();
    }
}
