package fr.victimportal.claim;

import fr.victimportal.account.CurrentUser;
import fr.victimportal.account.PortalUser;
import fr.victimportal.audit.AuditAction;
import fr.victimportal.audit.AuditOutcome;
import fr.victimportal.audit.AuditRecord;
import fr.victimportal.audit.AuditTrail;
import fr.victimportal.claim.domain.Claim;
import fr.victimportal.claim.domain.ClaimRepository;
import fr.victimportal.claim.internal.ClaimAccessPolicy;
import fr.victimportal.claim.internal.ClaimAccessPolicy.Access;
import fr.victimportal.claim.internal.ClaimEdits;
import fr.victimportal.claim.model.Relation;
import fr.victimportal.insurer.InsurerRef;
import fr.victimportal.insurer.Insurers;
import fr.victimportal.notification.Mail;
import fr.victimportal.notification.MailMessage;
import fr.victimportal.notification.Outbox;
import fr.victimportal.shared.UserInputException;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which insurer handles a claim. The victim chooses it in the declaration and may change it until that insurer has
 * acted on the claim; from then on only the handling insurer moves it, by a transfer.
 *
 * <p>The insurer has acted from the first time one of its agents opens the claim (every agent screen of a claim asks
 * the reason first, {@link ClaimConsultations#recordOpening}) or records a fact on it (a correction saved by an agent),
 * whichever comes first. A transfer counts as the new insurer's act: the victim cannot take the claim back from it.
 */
@Service
@Transactional
public class ClaimInsurers {

    /** The longest transfer reason kept. */
    static final int REASON_MAX = 500;

    private final ClaimEdits edits;
    private final ClaimAccessPolicy access;
    private final ClaimRepository claims;
    private final CurrentUser currentUser;
    private final Insurers insurers;
    private final AuditTrail audit;
    private final Outbox outbox;
    private final Clock clock;

    ClaimInsurers(
            ClaimEdits edits,
            ClaimAccessPolicy access,
            ClaimRepository claims,
            CurrentUser currentUser,
            Insurers insurers,
            AuditTrail audit,
            Outbox outbox,
            Clock clock) {
        this.edits = edits;
        this.access = access;
        this.claims = claims;
        this.currentUser = currentUser;
        this.insurers = insurers;
        this.audit = audit;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * The owner addresses the claim to an insurer of the list. Kept in the corrections history once the claim is
     * sent; refused once the insurer has acted on it.
     */
    public long choose(String reference, long expectedVersion, long insurerId) {
        Access a = edits.editable(reference, expectedVersion);
        InsurerRef chosen = offered(insurerId);
        if (a.claim().handling().actedAt() != null) {
            throw new UserInputException("insurer", "claim.insurer.error.acted");
        }
        return edits.save(
                a,
                "insurer",
                3,
                new HandlingInsurer(nameOf(a.claim().getHandlingInsurerId())),
                new HandlingInsurer(chosen.name()),
                () -> a.claim().handling().addressTo(chosen.id()));
    }

    /**
     * An agent of the handling insurer hands the claim to another insurer of the list (under an inter-insurer
     * agreement such as IRCA, or because it does not cover the vehicle), giving the reason. The history and the audit
     * trail keep it, the victim is told once by mail, and the former insurer's agents lose access at once. The same
     * insurer, an unknown or retired one, or no reason is refused and nothing changes; a second click finds the claim
     * no longer the agent's ("not found").
     */
    @RolesAllowed("AGENT")
    public void transfer(String reference, long toInsurerId, String reason) {
        PortalUser agent = currentUser.require();
        Access a = access.require(reference, agent);
        if (a.relation() != Relation.AGENT) {
            throw new ClaimNotFoundException(reference);
        }
        Claim claim = a.claim();
        String why = reason == null ? "" : reason.strip();
        InsurerRef to = offered(toInsurerId);
        Long from = claim.getHandlingInsurerId();
        if (from != null && from == toInsurerId) {
            throw new UserInputException("insurer", "claim.transfer.error.same");
        }
        if (why.isEmpty()) {
            throw new UserInputException("reason", "claim.transfer.error.reason");
        }
        if (why.length() > REASON_MAX || why.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n')) {
            throw new UserInputException("reason", "claim.transfer.error.reasonText", REASON_MAX);
        }
        String fromName = nameOf(from);
        long versionBefore = claim.getVersion();
        edits.recordRevision(claim, "insurer", new Transfer(fromName, ""), new Transfer(to.name(), why));
        claim.handling().transferTo(to.id(), clock.instant());
        claim.reachedStep(5, clock.instant());
        claims.saveAndFlush(claim);
        audit.record(new AuditRecord(
                agent.id(),
                Relation.AGENT.name(),
                claim.getId(),
                "insurer:" + from + ">" + to.id(),
                AuditAction.TRANSFER,
                AuditOutcome.GRANTED));
        outbox.enqueue(Mail.notice(
                claim.getOwnerId(),
                MailMessage.subject("claim.transfer.mail.subject", claim.getReference(), to.name())
                        .paragraph("claim.transfer.mail.lead", fromName, claim.getReference(), to.name())
                        .paragraph("claim.transfer.mail.reason", why)
                        .paragraph("claim.transfer.mail.dates")
                        .action("claim.transfer.mail.action", "dossier/" + claim.getReference())
                        .build(),
                "claim-transfer:" + claim.getId() + ":" + versionBefore));
    }

    /** The insurer handling the claim, as its reader may see it (empty while the victim has not chosen). */
    @Transactional(readOnly = true)
    public Optional<InsurerRef> handling(String reference) {
        Long id = access.require(reference, currentUser.require()).claim().getHandlingInsurerId();
        return id == null ? Optional.empty() : insurers.find(id);
    }

    private InsurerRef offered(long insurerId) {
        return insurers.find(insurerId)
                .filter(i -> !i.retired())
                .orElseThrow(() -> new UserInputException("insurer", "claim.insurer.error.unknown"));
    }

    private String nameOf(Long id) {
        return id == null ? "" : insurers.find(id).map(InsurerRef::name).orElse("");
    }

    /** The handling insurer as the corrections history shows it. */
    public record HandlingInsurer(String insurer) {}

    /** A transfer as the history shows it: the insurer before and after, and the reason the agent gave. */
    public record Transfer(String insurer, String transferReason) {}
}
