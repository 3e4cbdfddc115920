package fr.victimportal.account;

import fr.victimportal.account.domain.UserAccount;
import fr.victimportal.account.domain.UserAccountRepository;
import fr.victimportal.shared.InsurerClaimPeople;
import fr.victimportal.shared.SingleLine;
import fr.victimportal.shared.UserInputException;
import fr.victimportal.shared.i18n.LanguageChosen;
import fr.victimportal.shared.i18n.PortalLocales;
import jakarta.annotation.security.RolesAllowed;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The account module's public face: creating accounts, language preference, and unlocking by support. */
@Service
@Transactional
public class AccountService {

    private static final Logger log = LoggerFactory.getLogger(AccountService.class);

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final InsurerClaimPeople claimPeople;

    public AccountService(
            UserAccountRepository accounts,
            PasswordEncoder passwordEncoder,
            Clock clock,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            InsurerClaimPeople claimPeople) {
        this.claimPeople = claimPeople;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.currentUser = currentUser;
        this.events = events;
    }

    /** What the account page shows of the signed-in person. */
    public record Profile(
            String email, String displayName, Role role, Locale language, Instant createdAt, Instant lastLoginAt) {}

    @Transactional(readOnly = true)
    public Profile myProfile() {
        UserAccount a = mine();
        return new Profile(
                a.getEmail(),
                a.getDisplayName(),
                a.getRole(),
                Locale.of(a.getPreferredLanguage()),
                a.getCreatedAt(),
                a.getLastLoginAt());
    }

    /** The signed-in person changes the name shown to others and the language of screens and mails. */
    public void updateMyProfile(String displayName, Locale language) {
        if (displayName == null || displayName.isBlank() || displayName.strip().length() > 120) {
            throw new UserInputException("name", "signup.error.name");
        }
        SingleLine.check("name", displayName.strip());
        UserAccount a = mine();
        a.rename(displayName.strip());
        if (language != null) {
            a.setPreferredLanguage(PortalLocales.fromTag(language.getLanguage()).orElse(Locale.FRENCH));
        }
    }

    /**
     * The signed-in person changes their password: the current one is asked again; every other session of the account
     * ends at its next request. Returns the new session epoch, for the caller's own session to keep.
     */
    public int changeMyPassword(String currentPassword, String newPassword) {
        UserAccount a = mine();
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, a.getPasswordHash())) {
            throw new UserInputException("current", "account.password.error.current");
        }
        PasswordPolicy.check(newPassword, a.getEmail());
        if (passwordEncoder.matches(newPassword, a.getPasswordHash())) {
            throw new UserInputException("password", "account.password.error.same");
        }
        a.changePassword(passwordEncoder.encode(newPassword));
        log.info("Account {} changed its password; its other sessions end", a.getId());
        return a.endSessions();
    }

    /**
     * The epoch a session of this account must carry to stay open, or -1 when the account is deleted or gone (every
     * session ends).
     */
    @Transactional(readOnly = true)
    public int sessionEpoch(long id) {
        return accounts.findSessionEpoch(id).orElse(-1);
    }

    /**
     * Ends every session of an account at its next request. Called by the module that took a right away (a revoked
     * mandate ends the caseworker's sessions), after checking the caller may take it.
     */
    public void endSessionsOf(long id) {
        accounts.findById(id).ifPresent(UserAccount::endSessions);
    }

    /**
     * The signed-in person deletes their account after typing their password. Other modules first remove or keep what
     * they hold ({@link AccountDeleted}); then the account row loses its personal data and every session ends.
     */
    public void deleteMyAccount(String password) {
        UserAccount a = mine();
        if (password == null || !passwordEncoder.matches(password, a.getPasswordHash())) {
            throw new UserInputException("current", "account.password.error.current");
        }
        events.publishEvent(new AccountDeleted(a.getId(), a.getRole()));
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        a.erase(passwordEncoder.encode(HexFormat.of().formatHex(random)), clock.instant());
        log.info("Account {} deleted by its owner", a.getId());
    }

    private UserAccount mine() {
        return accounts.findById(currentUser.require().id())
                .filter(a -> a.getDeletedAt() == null)
                .orElseThrow(() -> new AccessDeniedException("No account"));
    }

    /** An account locked after failed logins, as support sees it: no personal data beyond the login. */
    public record LockedAccount(long id, String email, Role role, int failedAttempts, Instant lockedUntil) {}

    /** Creates an account; the password is stored only as a delegating-encoder hash ({bcrypt}…). */
    public long create(String email, String rawPassword, String displayName, Role role, Locale language) {
        if (accounts.findByEmail(UserAccount.normalizeEmail(email)).isPresent()) {
            throw new IllegalArgumentException("An account already uses this email");
        }
        UserAccount account = new UserAccount(
                email, passwordEncoder.encode(rawPassword), displayName, role, language, clock.instant());
        account.emailVerified(clock.instant()); // created by the portal (demo, support): the address is known
        return accounts.save(account).getId();
    }

    /**
     * An account for someone a victim invites (their assisting doctor): it cannot sign in until activated through the
     * invitation link, which proves the address. An address that already has an account keeps it: its id is returned.
     */
    public long invitedAccount(String email, String displayName, Role role, Locale language) {
        String address = UserAccount.normalizeEmail(email);
        return accounts.findByEmail(address).map(UserAccount::getId).orElseGet(() -> {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            // nobody knows this password: the account is unusable until its owner sets one through the invitation
            return accounts.save(new UserAccount(
                            address,
                            passwordEncoder.encode(HexFormat.of().formatHex(random)),
                            displayName,
                            role,
                            language,
                            clock.instant()))
                    .getId();
        });
    }

    /**
     * Attaches an agent or an insurer's administrator to their insurer (for the insurer module's invitations and
     * demo; no caller check). An account already attached to another insurer is refused.
     */
    public void attachToInsurer(long accountId, long insurerId) {
        accounts.findById(accountId).orElseThrow().joinInsurer(insurerId);
    }

    /** Whether the account can sign in (its address confirmed). */
    @Transactional(readOnly = true)
    public boolean activated(long id) {
        return accounts.findById(id).map(a -> a.getEmailVerifiedAt() != null).orElse(false);
    }

    /** The invited person sets their name and password; the invitation link they followed confirms the address. */
    public void activateInvited(long id, String displayName, String password) {
        UserAccount a = accounts.findById(id).orElseThrow();
        if (a.getEmailVerifiedAt() != null) {
            throw new UserInputException(null, "invitation.error.alreadyActive");
        }
        if (displayName == null || displayName.isBlank() || displayName.strip().length() > 120) {
            throw new UserInputException("name", "signup.error.name");
        }
        SingleLine.check("name", displayName.strip());
        PasswordPolicy.check(password, a.getEmail());
        a.rename(displayName.strip());
        a.changePassword(passwordEncoder.encode(password));
        a.emailVerified(clock.instant());
        accounts.save(a);
    }

    /**
     * Closes an account to sign-in for good, with the reason kept on it (the victim died: issue 24). For the claim
     * module, which has checked who records the death; no caller check here. Sign-in then answers like an unknown
     * address, and every open session ends.
     */
    public void close(long id, String reason) {
        accounts.findById(id).ifPresent(a -> {
            a.close(reason, clock.instant());
            accounts.save(a);
            log.info("Account {} closed to sign-in: {}", id, reason);
        });
    }

    /** Whether the account was closed to sign-in ({@link #close}). */
    @Transactional(readOnly = true)
    public boolean closed(long id) {
        return accounts.findById(id).map(a -> a.getClosedAt() != null).orElse(false);
    }

    /** Display names by account id, for screens that list people (no other personal data). */
    @Transactional(readOnly = true)
    public Map<Long, String> displayNames(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            accounts.findDisplayNames(ids).forEach(row -> names.put((Long) row[0], (String) row[1]));
        }
        return names;
    }

    /** Ids of the accounts whose name contains the text, case-insensitively (the agents' claim search). */
    @Transactional(readOnly = true)
    public List<Long> idsByName(String text) {
        return accounts.findByDisplayNameContainingIgnoreCase(text.trim()).stream()
                .map(UserAccount::getId)
                .toList();
    }

    /** Ids of the accounts that hold a role (the insurer's agents to tell of a settlement or a withdrawal). */
    @Transactional(readOnly = true)
    public List<Long> idsWithRole(Role role) {
        return accounts.findByRoleOrderById(role).stream()
                .map(UserAccount::getId)
                .toList();
    }

    /** Ids of the active (not retired) agents of one insurer: the people its procedure notices go to. */
    @Transactional(readOnly = true)
    public List<Long> activeAgentIdsOf(long insurerId) {
        return accounts.activeIdsOfInsurer(insurerId, Role.AGENT);
    }

    /** Ids of an insurer's administrators who have set up their account (the insurer list invites a first one). */
    @Transactional(readOnly = true)
    public List<Long> activatedAdministratorIdsOf(long insurerId) {
        return accounts.activeIdsOfInsurer(insurerId, Role.INSURER_ADMIN).stream()
                .filter(this::activated)
                .toList();
    }

    /** The role of an account, for modules that must check a person's role before giving them a part in a claim. */
    @Transactional(readOnly = true)
    public Optional<Role> roleOf(long id) {
        return accounts.findById(id).map(UserAccount::getRole);
    }

    @Transactional(readOnly = true)
    public Optional<Long> idOf(String email) {
        return accounts.findByEmail(UserAccount.normalizeEmail(email)).map(UserAccount::getId);
    }

    @Transactional(readOnly = true)
    public boolean exists(String email) {
        return accounts.findByEmail(UserAccount.normalizeEmail(email)).isPresent();
    }

    /**
     * The locked accounts an agent may unlock: those of the people of their own insurer's claims (owners and active
     * caseworkers), never another insurer's claimants.
     */
    @RolesAllowed("AGENT")
    @Transactional(readOnly = true)
    public List<LockedAccount> lockedAccounts() {
        List<UserAccount> locked = accounts.findByLockedUntilAfterOrderByLockedUntilAsc(clock.instant());
        Set<Long> mine =
                claimPeopleOfMyInsurer(locked.stream().map(UserAccount::getId).toList());
        return locked.stream()
                .filter(a -> mine.contains(a.getId()))
                .map(a -> new LockedAccount(
                        a.getId(), a.getEmail(), a.getRole(), a.getFailedLoginCount(), a.getLockedUntil()))
                .toList();
    }

    /**
     * Support lifts a lock early, e.g. after checking the owner's identity on the phone. An account that is not one of
     * the agent's insurer's claimants is "not found", like an unknown id, and stays locked.
     */
    @RolesAllowed("AGENT")
    public void unlock(long accountId) {
        UserAccount account = accounts.findById(accountId)
                .filter(a -> claimPeopleOfMyInsurer(List.of(a.getId())).contains(a.getId()))
                .orElseThrow(() -> new IllegalArgumentException("No such account"));
        account.unlock();
        log.info("Account {} unlocked by support", accountId);
    }

    private Set<Long> claimPeopleOfMyInsurer(List<Long> ids) {
        Long insurer = currentUser.require().insurerId();
        return insurer == null || ids.isEmpty() ? Set.of() : claimPeople.amongPeopleOf(insurer, ids);
    }

    @EventListener
    public void onLanguageChosen(LanguageChosen event) {
        if (event.username() != null) {
            accounts.findByEmail(UserAccount.normalizeEmail(event.username()))
                    .ifPresent(a -> a.setPreferredLanguage(event.locale()));
        }
    }
}
