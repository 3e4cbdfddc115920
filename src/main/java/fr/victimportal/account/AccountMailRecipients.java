package fr.victimportal.account;

import fr.victimportal.account.domain.UserAccount;
import fr.victimportal.account.domain.UserAccountRepository;
import fr.victimportal.notification.MailRecipient;
import fr.victimportal.notification.MailRecipients;
import fr.victimportal.shared.i18n.PortalLocales;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the notification module where a person's mail goes and in which language (their saved preference). */
@Component
@Transactional(readOnly = true)
class AccountMailRecipients implements MailRecipients {

    private final UserAccountRepository accounts;

    AccountMailRecipients(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public Optional<MailRecipient> byId(long userId) {
        return accounts.findById(userId).filter(UserAccount::isEnabled).map(AccountMailRecipients::recipient);
    }

    @Override
    public Optional<MailRecipient> byLogin(String login) {
        return accounts.findByEmail(UserAccount.normalizeEmail(login))
                .filter(UserAccount::isEnabled)
                .map(AccountMailRecipients::recipient);
    }

    private static MailRecipient recipient(UserAccount a) {
        return new MailRecipient(
                a.getId(),
                a.getEmail(),
                a.getDisplayName(),
                PortalLocales.fromTag(a.getPreferredLanguage()).orElse(PortalLocales.FRENCH));
    }
}
