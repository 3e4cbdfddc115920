package fr.victimportal.notification;

import java.util.Optional;

/**
 * Resolves a person's address, name and language. Implemented by the account module, so that senders carry only a
 * user id and notification does not depend on account.
 */
public interface MailRecipients {

    /** The recipient for an account id, or empty when the account does not exist or is disabled. */
    Optional<MailRecipient> byId(long userId);

    /** The recipient for a login (the email the user signs in with), for the signed-in user's own preferences. */
    Optional<MailRecipient> byLogin(String login);
}
