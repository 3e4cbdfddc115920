package fr.victimportal.offer;

import fr.victimportal.account.AgentNotices;
import fr.victimportal.notification.MailMessage;
import fr.victimportal.offer.events.OfferAccepted;
import fr.victimportal.offer.events.SettlementWithdrawn;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The notices the insurer's agents get when the victim accepts or withdraws. They follow the victim's decision after
 * its commit, in a transaction of their own (Modulith's event publication registry keeps the event until they are
 * written, and hands it again after a restart): a failure here never undoes the decision, and the outbox's key per
 * agent and event keeps a second delivery of the same event from writing a second mail.
 */
@Component
class OfferNotices {

    private final AgentNotices agents;

    OfferNotices(AgentNotices agents) {
        this.agents = agents;
    }

    /** The victim accepted an offer: the periods, or that they await the judge's authorisation. */
    @ApplicationModuleListener
    void on(OfferAccepted accepted) {
        String reference = accepted.reference();
        MailMessage.Builder mail = MailMessage.subject("offer.mail.accepted.subject", reference);
        if (accepted.awaitingAuthorisation()) {
            mail.paragraph("offer.mail.accepted.awaitingAuthorisation", reference, accepted.signedOn());
        } else {
            mail.paragraph(
                    "offer.mail.accepted.lead",
                    reference,
                    accepted.signedOn(),
                    accepted.withdrawalEndsOn(),
                    accepted.paymentDueOn());
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

    private void tellAgents(String reference, String event, MailMessage message) {
        agents.tell("offer:" + reference + ":" + event, message);
    }
}
