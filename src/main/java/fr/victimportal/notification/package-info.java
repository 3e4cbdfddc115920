/**
 * Every outgoing mail. A module that sends a mail calls {@link fr.victimportal.notification.Outbox#enqueue} inside the
 * transaction of the change that caused it; the mail is rendered (French or English, HTML and plain text) and written
 * to the outbox table, and {@link fr.victimportal.notification.MailDelivery} sends it over SMTP later, retrying with
 * growing delays. Also the recipients' preferences (which reminder topics they receive) and unsubscribe tokens.
 * Depends on shared only: recipients are resolved through {@link fr.victimportal.notification.MailRecipients}, which
 * the account module implements, and optional topics are declared by the modules that send them
 * ({@link fr.victimportal.notification.MailTopicCatalog}).
 */
@ApplicationModule(allowedDependencies = {"shared"})
@NullMarked
package fr.victimportal.notification;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
