package fr.victimportal.notification;

import fr.victimportal.notification.domain.MailOptOut;
import fr.victimportal.notification.domain.MailOptOutRepository;
import fr.victimportal.notification.domain.UnsubscribeToken;
import fr.victimportal.notification.domain.UnsubscribeTokenRepository;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which optional mail each person receives. Every topic is on until its owner turns it off, on the preferences page
 * (signed in: the signed-in user's own preferences only) or through the unsubscribe link of a reminder (no sign-in:
 * the link's random token names the user). Procedure notices have no topic and cannot be turned off.
 */
@Service
@Transactional
public class MailPreferences {

    private static final Logger log = LoggerFactory.getLogger(MailPreferences.class);

    private final MailOptOutRepository optOuts;
    private final UnsubscribeTokenRepository tokens;
    private final MailRecipients recipients;
    private final List<MailTopicCatalog> catalogs;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public MailPreferences(
            MailOptOutRepository optOuts,
            UnsubscribeTokenRepository tokens,
            MailRecipients recipients,
            List<MailTopicCatalog> catalogs,
            Clock clock) {
        this.optOuts = optOuts;
        this.tokens = tokens;
        this.recipients = recipients;
        this.catalogs = catalogs;
        this.clock = clock;
    }

    /** Every topic a user may turn off, in page order. */
    public List<MailTopic> topics() {
        return catalogs.stream()
                .flatMap(c -> c.topics().stream())
                .sorted(Comparator.comparingInt(MailTopic::order))
                .toList();
    }

    public Optional<MailTopic> topic(String code) {
        return topics().stream().filter(t -> t.code().equals(code)).findFirst();
    }

    /** The signed-in user's topics, each with whether it is on. */
    @Transactional(readOnly = true)
    public Map<MailTopic, Boolean> mine() {
        return preferencesOf(currentUserId());
    }

    /** Turns one of the signed-in user's topics on or off. */
    public void setMine(String topic, boolean enabled) {
        set(currentUserId(), requireTopic(topic), enabled);
    }

    @Transactional(readOnly = true)
    public boolean allows(long userId, String topic) {
        return !optOuts.existsById(new MailOptOut.Key(userId, topic));
    }

    /** The user's unsubscribe token, created on first use (the outbox puts it in every reminder's links). */
    public String tokenFor(long userId) {
        return tokens.findById(userId).map(UnsubscribeToken::getToken).orElseGet(() -> {
            byte[] bytes = new byte[24];
            random.nextBytes(bytes);
            String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            tokens.save(new UnsubscribeToken(userId, token, clock.instant()));
            return token;
        });
    }

    /** What the unsubscribe page shows for a token: the topics and which are on; empty for an unknown token. */
    @Transactional(readOnly = true)
    public Optional<Map<MailTopic, Boolean>> byToken(String token) {
        return userOf(token).map(this::preferencesOf);
    }

    /**
     * The unsubscribe link's action: turns off one topic, or every topic when {@code topic} is {@code null}.
     *
     * @return false when the token is unknown (nothing changed)
     */
    public boolean unsubscribe(String token, String topic) {
        Optional<Long> user = userOf(token);
        if (user.isEmpty()) {
            return false;
        }
        List<MailTopic> affected = topic == null ? topics() : List.of(requireTopic(topic));
        affected.forEach(t -> set(user.get(), t, false));
        log.info(
                "Account {} unsubscribed from {} through a mail link",
                user.get(),
                topic == null ? "every reminder" : topic);
        return true;
    }

    private Optional<Long> userOf(String token) {
        if (token == null || token.isBlank() || token.length() > 64) {
            return Optional.empty();
        }
        return tokens.findByToken(token).map(UnsubscribeToken::getUserId);
    }

    private Map<MailTopic, Boolean> preferencesOf(long userId) {
        Set<String> off =
                optOuts.findByUserId(userId).stream().map(MailOptOut::getTopic).collect(Collectors.toSet());
        Map<MailTopic, Boolean> result = new LinkedHashMap<>();
        topics().forEach(t -> result.put(t, !off.contains(t.code())));
        return result;
    }

    private void set(long userId, MailTopic topic, boolean enabled) {
        MailOptOut.Key key = new MailOptOut.Key(userId, topic.code());
        if (enabled) {
            optOuts.deleteById(key);
        } else if (!optOuts.existsById(key)) {
            optOuts.save(new MailOptOut(userId, topic.code(), clock.instant()));
        }
    }

    private MailTopic requireTopic(String code) {
        return topic(code).orElseThrow(() -> new IllegalArgumentException("Unknown mail topic " + code));
    }

    private long currentUserId() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            throw new AccessDeniedException("Not signed in");
        }
        return recipients
                .byLogin(auth.getName())
                .map(MailRecipient::userId)
                .orElseThrow(() -> new AccessDeniedException("No such account"));
    }
}
