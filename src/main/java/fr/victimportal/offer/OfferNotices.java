package fr.victimportal.offer;

import fr.victimportal.account.AccountService;
import fr.victimportal.account.Role;
import fr.victimportal.notification.Mail;
import fr.victimportal.notification.MailMessage;
import fr.victimportal.notification.Outbox;
import fr.victimportal.offer.domain.Settlement;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** The notices {@link OfferService} sends the insurer's agents when the victim accepts or withdraws. */
@Component
class OfferNotices {

    private final Outbox outbox;
    private final AccountService accounts;

    OfferNotices(Outbox outbox, AccountService accounts) {
        this.outbox = outbox;
        this.accounts = accounts;
    }

    /** The victim accepted offer {@code offerId}: the periods, or that they await the judge's authorisation. */
    void accepted(String reference, long offerId, LocalDate signedOn, boolean needsJudge, Settlement settlement) {
        MailMessage.Builder mail = MailMessage.subject("offer.mail.accepted.subject", reference);
        if (needsJudge) {
            mail.paragraph("offer.mail.accepted.awaitingAuthorisation", reference, signedOn);
        } else {
            mail.paragraph("offer.mail.accepted.lead", reference, signedOn, settlement.getWithdrawalEndsOn(),
                    settlement.getPaymentDueOn());
        }
        tellAgents(reference, "accepted:" + offerId, mail.paragraph("offer.mail.legalBasis")
                .action("offer.mail.action", "dossier/" + reference + "/offre").build());
    }

    /** The victim withdrew the transaction concluded on {@code concludedOn} by a letter sent on {@code sentOn}. */
    void withdrawn(String reference, long offerId, LocalDate concludedOn, LocalDate sentOn) {
        tellAgents(reference, "withdrawn:" + offerId, MailMessage
                .subject("offer.mail.withdrawn.subject", reference)
                .paragraph("offer.mail.withdrawn.lead", reference, concludedOn, sentOn)
                .paragraph("offer.mail.legalBasis")
                .action("offer.mail.action", "dossier/" + reference + "/offre")
                .build());
    }

    /**
     * Tells the insurer's agents, in the transaction of the change, that the victim accepted or withdrew: a procedure
     * notice (not a reminder they could turn off), once per agent and event.
     */
    private void tellAgents(String reference, String event, MailMessage message) {
        for (long agent : accounts.idsWithRole(Role.AGENT)) {
            outbox.enqueue(Mail.notice(agent, message, "offer:" + reference + ":" + event + ":" + agent));
        }
    }
}
