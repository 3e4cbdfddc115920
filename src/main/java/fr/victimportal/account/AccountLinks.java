package fr.victimportal.account;

import fr.victimportal.account.domain.AccountToken;
import fr.victimportal.account.domain.AccountTokenRepository;
import fr.victimportal.account.domain.UserAccount;
import fr.victimportal.account.domain.UserAccountRepository;
import fr.victimportal.notification.Mail;
import fr.victimportal.notification.MailMessage;
import fr.victimportal.notification.Outbox;
import fr.victimportal.shared.SingleLine;
import fr.victimportal.shared.UserInputException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Self sign-up with a confirmed email, and password reset, both by single-use links that expire (24 hours to confirm
 * an address, 1 hour to reset a password). The answers never say whether an address has an account.
 */
@Service
@Transactional
public class AccountLinks {

    private static final Logger log = LoggerFactory.getLogger(AccountLinks.class);
    static final Duration VERIFY_FOR = Duration.ofHours(24);
    static final Duration RESET_FOR = Duration.ofHours(1);

    /** What following a link did. */
    public enum Outcome {
        DONE,
        EXPIRED_OR_USED
    }

    private final UserAccountRepository accounts;
    private final AccountTokenRepository tokens;
    private final PasswordEncoder encoder;
    private final Outbox outbox;
    private final Clock clock;
    private final Throttle throttle;
    private final SecureRandom random = new SecureRandom();

    AccountLinks(
            UserAccountRepository accounts,
            AccountTokenRepository tokens,
            PasswordEncoder encoder,
            Outbox outbox,
            Clock clock,
            Throttle throttle) {
        this.throttle = throttle;
        this.accounts = accounts;
        this.tokens = tokens;
        this.encoder = encoder;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * A victim creates their account; it can sign in once the address is confirmed. An address that already has an
     * account gets a mail saying so (with the reset link's page) and the screen shows the same message either way.
     */
    public void signUp(String email, String displayName, String password, Locale language) {
        String address = UserAccount.normalizeEmail(email);
        if (address == null || !address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || address.length() > 254) {
            throw new UserInputException("email", "signup.error.email");
        }
        if (displayName == null || displayName.isBlank() || displayName.strip().length() > 120) {
            throw new UserInputException("name", "signup.error.name");
        }
        SingleLine.check("name", displayName.strip());
        PasswordPolicy.check(password, address);
        String hash = encoder.encode(password); // hashed either way: a taken address answers as slowly as a new one
        Optional<UserAccount> existing = accounts.findByEmail(address);
        if (existing.isPresent()) {
            outbox.enqueue(Mail.notice(
                    existing.get().getId(),
                    MailMessage.subject("signup.mail.exists.subject")
                            .paragraph("signup.mail.exists.lead")
                            .action("signup.mail.exists.action", "mot-de-passe-oublie")
                            .build(),
                    null));
            log.info(
                    "Sign-up attempted with the address of account {}",
                    existing.get().getId());
            return;
        }
        UserAccount account = accounts.save(
                new UserAccount(address, hash, displayName.strip(), Role.VICTIM, language, clock.instant()));
        sendVerification(account);
    }

    /** A new confirmation link for an address not yet confirmed (earlier links stop working); silent otherwise. */
    public void resendVerification(String email) {
        String address = UserAccount.normalizeEmail(email);
        if (mailsExhausted(address)) {
            return;
        }
        accounts.findByEmail(address)
                .filter(a -> a.getEmailVerifiedAt() == null)
                .ifPresent(this::sendVerification);
    }

    /** Over the per-address allowance, no more link mails leave (the screen answers as usual: nothing is revealed). */
    private boolean mailsExhausted(String address) {
        if (address == null
                || throttle.take(Throttle.Kind.RESET_PER_ADDRESS, address).isZero()) {
            return false;
        }
        log.warn("Link mails to one address over the hourly allowance: none sent");
        return true;
    }

    /** Follows a confirmation link: the account can sign in from now on. */
    public Outcome verify(String token) {
        return usable(token, AccountToken.Purpose.VERIFY_EMAIL)
                .map(t -> {
                    t.use(clock.instant());
                    accounts.findById(t.getUserId()).ifPresent(a -> a.emailVerified(clock.instant()));
                    return Outcome.DONE;
                })
                .orElse(Outcome.EXPIRED_OR_USED);
    }

    /** Sends a reset link to an address that has an active account; silent otherwise (no account enumeration). */
    public void requestPasswordReset(String email) {
        String address = UserAccount.normalizeEmail(email);
        if (mailsExhausted(address)) {
            return;
        }
        accounts.findByEmail(address).filter(UserAccount::isEnabled).ifPresent(a -> {
            String token = newToken(a, AccountToken.Purpose.RESET_PASSWORD, RESET_FOR);
            outbox.enqueue(Mail.notice(
                    a.getId(),
                    MailMessage.subject("reset.mail.subject")
                            .paragraph("reset.mail.lead", RESET_FOR.toMinutes())
                            .paragraph("reset.mail.notYou")
                            .action("reset.mail.action", "nouveau-mot-de-passe/" + token)
                            .build(),
                    null));
        });
    }

    /** Whether a reset link can still be used (the page asks for the new password only then). */
    @Transactional(readOnly = true)
    public boolean resetUsable(String token) {
        return usable(token, AccountToken.Purpose.RESET_PASSWORD).isPresent();
    }

    /**
     * Sets the new password from a reset link; the link then stops working, a locked account is unlocked, and every
     * session of the account ends at its next request.
     */
    public Outcome resetPassword(String token, String newPassword) {
        Optional<AccountToken> t = usable(token, AccountToken.Purpose.RESET_PASSWORD);
        if (t.isEmpty()) {
            return Outcome.EXPIRED_OR_USED;
        }
        UserAccount account = accounts.findById(t.get().getUserId()).orElseThrow();
        PasswordPolicy.check(newPassword, account.getEmail());
        account.changePassword(encoder.encode(newPassword));
        account.endSessions(); // whoever else was signed in (perhaps the person who took the account) is out
        log.info("Account {} reset its password; its sessions end", account.getId());
        if (account.getEmailVerifiedAt() == null) {
            account.emailVerified(clock.instant()); // the link reached them at this address
        }
        t.get().use(clock.instant());
        return Outcome.DONE;
    }

    private void sendVerification(UserAccount account) {
        String token = newToken(account, AccountToken.Purpose.VERIFY_EMAIL, VERIFY_FOR);
        outbox.enqueue(Mail.notice(
                account.getId(),
                MailMessage.subject("signup.mail.subject")
                        .paragraph("signup.mail.lead", VERIFY_FOR.toHours())
                        .paragraph("signup.mail.notYou")
                        .action("signup.mail.action", "confirmer/" + token)
                        .build(),
                null));
    }

    private String newToken(UserAccount account, AccountToken.Purpose purpose, Duration validFor) {
        Instant now = clock.instant();
        tokens.findByUserIdAndPurposeAndUsedAtIsNull(account.getId(), purpose).forEach(t -> t.use(now));
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        tokens.save(new AccountToken(account.getId(), purpose, hash(token), now, now.plus(validFor)));
        return token;
    }

    private Optional<AccountToken> usable(String token, AccountToken.Purpose purpose) {
        if (token == null || token.length() != 43) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(hash(token))
                .filter(t -> t.getPurpose() == purpose && t.usableAt(clock.instant()));
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
