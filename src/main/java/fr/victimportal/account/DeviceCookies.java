package fr.victimportal.account;

import fr.victimportal.account.domain.UserAccount;
import fr.victimportal.shared.PortalProperties;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Device cookies (OWASP "Slow down online guessing attacks with device cookies"): after a successful sign-in the
 * browser receives a signed cookie naming the account. A browser presenting a valid one for the account it signs in to
 * is not held by the account's lock, so a stranger's wrong guesses never keep the owner out of their own browser; the
 * lock still stops every other browser. The cookie holds the login and an expiry, signed with HMAC-SHA256.
 */
@Component
public class DeviceCookies {

    public static final String NAME = "VP_DEVICE";
    private static final Logger log = LoggerFactory.getLogger(DeviceCookies.class);

    private final byte[] key;
    private final Duration lifetime;
    private final Clock clock;

    public DeviceCookies(PortalProperties properties, Clock clock) {
        String configuredKey = properties.security().deviceCookie().key();
        if (configuredKey == null || configuredKey.isBlank()) {
            key = new byte[32];
            new SecureRandom().nextBytes(key);
            log.info("No portal.security.device-cookie.key: device cookies are signed with a key made at start-up "
                    + "(they stop counting after a restart, and on another instance)");
        } else {
            key = Base64.getDecoder().decode(configuredKey.strip());
        }
        this.lifetime = properties.security().deviceCookie().lifetime();
        this.clock = clock;
    }

    /** Sets the cookie for the account that just signed in. */
    public void issue(HttpServletRequest request, HttpServletResponse response, String email) {
        long expires = clock.instant().plus(lifetime).getEpochSecond();
        String login = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(UserAccount.normalizeEmail(email).getBytes(StandardCharsets.UTF_8));
        String payload = login + "." + expires;
        Cookie cookie = new Cookie(NAME, payload + "." + sign(payload));
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge((int) lifetime.toSeconds());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }

    /** Whether the request carries a valid, unexpired device cookie for this login. */
    public boolean trusts(HttpServletRequest request, String email) {
        if (email == null || request.getCookies() == null) {
            return false;
        }
        String wanted = UserAccount.normalizeEmail(email);
        for (Cookie cookie : request.getCookies()) {
            if (NAME.equals(cookie.getName()) && valid(cookie.getValue(), wanted)) {
                return true;
            }
        }
        return false;
    }

    private boolean valid(String value, String email) {
        String[] parts = value == null ? new String[0] : value.split("\\.");
        if (parts.length != 3) {
            return false;
        }
        try {
            String payload = parts[0] + "." + parts[1];
            if (!MessageDigest.isEqual(
                    sign(payload).getBytes(StandardCharsets.US_ASCII), parts[2].getBytes(StandardCharsets.US_ASCII))) {
                return false;
            }
            String login = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
            return login.equals(email)
                    && Long.parseLong(parts[1]) > clock.instant().getEpochSecond();
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    private String sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
