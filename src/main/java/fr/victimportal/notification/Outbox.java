package fr.victimportal.notification;

import fr.victimportal.notification.domain.OutboxMail;
import fr.victimportal.notification.domain.OutboxMailRepository;
import fr.victimportal.shared.i18n.PortalLocales;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sending a mail: rendering it for its recipient and writing it to the outbox, in the caller's transaction (required:
 * the mail exists if and only if the change that caused it was committed). {@link MailDelivery} sends it later.
 */
@Service
public class Outbox {

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);

    /** What became of a mail handed to the outbox. */
    public enum Outcome {
        /** Written to the outbox; it will be sent. */
        QUEUED,
        /** A mail with the same deduplication key was already written: nothing was added. */
        DUPLICATE,
        /** A reminder whose topic the recipient turned off: not written. */
        OPTED_OUT,
        /** The recipient's account does not exist or is disabled: not written. */
        NO_RECIPIENT
    }

    private final OutboxMailRepository mails;
    private final MailRecipients recipients;
    private final MailPreferences preferences;
    private final MailRenderer renderer;
    private final Clock clock;

    Outbox(
            OutboxMailRepository mails,
            MailRecipients recipients,
            MailPreferences preferences,
            MailRenderer renderer,
            Clock clock) {
        this.mails = mails;
        this.recipients = recipients;
        this.preferences = preferences;
        this.renderer = renderer;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Outcome enqueue(Mail mail) {
        if (mail.dedupKey() != null && mails.existsByDedupKey(mail.dedupKey())) {
            return Outcome.DUPLICATE;
        }
        Optional<MailRecipient> found = recipients.byId(mail.recipientUserId());
        if (found.isEmpty()) {
            log.warn("No mail for account {}: it does not exist or is disabled", mail.recipientUserId());
            return Outcome.NO_RECIPIENT;
        }
        if (mail.category() == MailCategory.REMINDER && !preferences.allows(mail.recipientUserId(), mail.topic())) {
            return Outcome.OPTED_OUT;
        }
        Locale language =
                PortalLocales.fromTag(found.get().language().getLanguage()).orElse(PortalLocales.FRENCH);
        MailRecipient recipient = new MailRecipient(
                found.get().userId(), found.get().address(), found.get().displayName(), language);
        String token = mail.category() == MailCategory.REMINDER ? preferences.tokenFor(recipient.userId()) : null;
        MailRenderer.Rendered rendered = renderer.render(recipient, mail, token);
        mails.save(new OutboxMail(
                clock.instant(),
                recipient.userId(),
                recipient.address(),
                language.getLanguage(),
                mail.category(),
                mail.topic(),
                rendered.subject(),
                rendered.text(),
                rendered.html(),
                rendered.unsubscribeUrl(),
                mail.dedupKey()));
        return Outcome.QUEUED;
    }

    /**
     * A procedure notice to an organisation's shared mailbox (an insurer's claims department), which has no account:
     * always written (no preferences, no unsubscribe link), in French, greeting the organisation by its name. In the
     * caller's transaction, like {@link #enqueue}; the outbox row has no recipient account.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Outcome enqueueToMailbox(String address, String name, MailMessage message, String dedupKey) {
        if (mails.existsByDedupKey(dedupKey)) {
            return Outcome.DUPLICATE;
        }
        MailRecipient recipient = new MailRecipient(0, address, name, PortalLocales.FRENCH);
        MailRenderer.Rendered rendered = renderer.render(recipient, Mail.notice(0, message, dedupKey), null);
        mails.save(new OutboxMail(
                clock.instant(),
                null,
                address,
                PortalLocales.FRENCH.getLanguage(),
                MailCategory.PROCEDURE_NOTICE,
                null,
                rendered.subject(),
                rendered.text(),
                rendered.html(),
                null,
                dedupKey));
        return Outcome.QUEUED;
    }
}
