package fr.victimportal.mandate;

import fr.victimportal.claim.model.ClaimFile;
import fr.victimportal.mandate.domain.Mandate;
import fr.victimportal.notification.Mail;
import fr.victimportal.notification.MailMessage;
import fr.victimportal.notification.Outbox;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * The mails of a mandate's life: the link to the caseworker, the revocation to the caseworker, the acceptance to the
 * victim. They go to the outbox in the caller's transaction, keyed by mandate so a step is never mailed twice.
 */
@Component
class MandateMails {

    private final Outbox outbox;

    MandateMails(Outbox outbox) {
        this.outbox = outbox;
    }

    /** The link the caseworker follows to accept, valid {@code validity}. */
    void invitation(long helper, ClaimFile file, Mandate m, String token, Duration validity) {
        outbox.enqueue(Mail.notice(
                helper,
                MailMessage.subject("mandate.mail.invitation.subject", file.ownerName())
                        .paragraph("mandate.mail.invitation.lead", file.ownerName(), m.getAssociationName())
                        .paragraph("mandate.mail.invitation.until", m.getValidUntil())
                        .paragraph("mandate.mail.invitation.limits")
                        .paragraph("mandate.mail.invitation.validity", (int) validity.toDays())
                        .action("mandate.mail.invitation.action", "mandat/" + token)
                        .build(),
                "mandate-invitation:" + m.getId()));
    }

    /** The caseworker learns the victim revoked the mandate. */
    void revoked(ClaimFile file, Mandate m) {
        outbox.enqueue(Mail.notice(
                m.getHelperUserId(),
                MailMessage.subject("mandate.mail.revoked.subject", file.ownerName())
                        .paragraph("mandate.mail.revoked.lead", file.ownerName(), file.reference())
                        .build(),
                "mandate-revoked:" + m.getId()));
    }

    /** The victim ({@code owner}) learns the caseworker accepted. */
    void accepted(long owner, Mandate m) {
        outbox.enqueue(Mail.notice(
                owner,
                MailMessage.subject("mandate.mail.accepted.subject", m.getCaseworkerName())
                        .paragraph(
                                "mandate.mail.accepted.lead",
                                m.getCaseworkerName(),
                                m.getAssociationName(),
                                m.getClaimReference())
                        .action("mandate.mail.accepted.action", "dossier/" + m.getClaimReference() + "/mandats")
                        .build(),
                "mandate-accepted:" + m.getId()));
    }
}
