package fr.victimportal.offer;

import fr.victimportal.claim.spi.ClaimJobs;
import fr.victimportal.insurer.AgentNotices;
import fr.victimportal.notification.MailMessage;
import fr.victimportal.offer.events.OfferAccepted;
import fr.victimportal.offer.events.SettlementWithdrawn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The notices the handling insurer's agents (and its mailbox) get when the victim accepts or withdraws. They follow the victim's decision after
 * its commit, in a transaction of their own (Modulith's event publication registry keeps the event until they are
 * written, and hands it again after a restart): a failure here never undoes the decision, and the outbox's key per
 * agent and event keeps a second delivery of the same event from writing a second mail.
 */
@Component
class OfferNotices {

    private static final Logger log = LoggerFactory.getLogger(OfferNotices.class);

    private final AgentNotices agents;
    private final ClaimJobs claims;

    OfferNotices(AgentNotices agents, ClaimJobs claims) {
        this.agents = agents;
        this.claims = claims;
    }

    /** The victim accepted an offer: the periods, or that they await the judge's authorisation. */
    @ApplicationModuleListener
    void on(OfferAccepted accepted) {
        String reference = accepted.reference();
        String who = accepted.claimantName();
        MailMessage.Builder mail = who == null
                ? MailMessage.subject("offer.mail.accepted.subject", reference)
                : MailMessage.subject("offer.mail.accepted.claimant.subject", reference, who);
        if (accepted.awaitingAuthorisation()) {
            if (who == null) {
                mail.paragraph("offer.mail.accepted.awaitingAuthorisation", reference, accepted.signedOn());
            } else {
                mail.paragraph("offer.mail.accepted.claimant.awaiting", reference, accepted.signedOn(), who);
            }
        } else if (who == null) {
            mail.paragraph(
                    "offer.mail.accepted.lead",
                    reference,
                    accepted.signedOn(),
                    accepted.withdrawalEndsOn(),
                    accepted.paymentDueOn());
        } else {
            mail.paragraph(
                    "offer.mail.accepted.claimant.lead",
                    reference,
                    accepted.signedOn(),
                    accepted.withdrawalEndsOn(),
                    accepted.paymentDueOn(),
                    who);
        }
        tellAgents(
                reference,
                "accepted:" + accepted.offerId(),
                mail.paragraph("offer.mail.legalBasis")
                        .action("offer.mail.action", "dossier/" + reference + "/offre")
                        .build());
    }

    /** The victim withdrew the transaction by a registered letter. */
    @ApplicationModuleListener
    void on(SettlementWithdrawn withdrawn) {
        String reference = withdrawn.reference();
        tellAgents(
                reference,
                "withdrawn:" + withdrawn.offerId(),
                MailMessage.subject("offer.mail.withdrawn.subject", reference)
                        .paragraph("offer.mail.withdrawn.lead", reference, withdrawn.concludedOn(), withdrawn.sentOn())
                        .paragraph("offer.mail.legalBasis")
                        .action("offer.mail.action", "dossier/" + reference + "/offre")
                        .build());
    }

    /** To the agents and mailbox of the insurer handling the claim now, and to no other insurer's. */
    private void tellAgents(String reference, String event, MailMessage message) {
        claims.handlingInsurerId(reference)
                .ifPresentOrElse(
                        insurer -> agents.tell(insurer, "offer:" + reference + ":" + event, message),
                        () -> log.warn("No handling insurer to tell of {} on claim {}", event, reference));
    }
}
