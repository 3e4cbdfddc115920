package fr.victimportal.account;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;

/**
 * The address typed in a sign-in that failed, given back to the form once, so that a person on a phone retypes only
 * the password. The sign-in page keeps no session (issue 25): the address rides in a cookie of its own, for the
 * sign-in page's path only, HttpOnly, SameSite=Strict, five minutes at most, and the page that shows it again removes
 * it. It holds what was typed, whether or not an account has that address, so it tells nobody anything.
 */
final class TypedAddress {

    static final String COOKIE = "vp-login-email";

    /** The longest address the sign-up accepts (RFC 5321's 254 characters). */
    private static final int MAX = 254;

    private static final long SECONDS = 300;

    private TypedAddress() {}

    /** Keeps the request's {@code username}, if it looks like something a person typed, for the next sign-in page. */
    static void keep(HttpServletRequest request, HttpServletResponse response) {
        String typed = request.getParameter("username");
        if (!acceptable(typed)) {
            return;
        }
        String value = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(typed.strip().getBytes(StandardCharsets.UTF_8));
        response.addHeader(HttpHeaders.SET_COOKIE, cookie(request, value, SECONDS));
    }

    /** The address kept by the failure that led here, if any. */
    static Optional<String> kept(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies)
                .filter(c -> COOKIE.equals(c.getName()))
                .findFirst()
                .flatMap(c -> decode(c.getValue()));
    }

    /** Whether the request carries the cookie (the page then removes it). */
    static boolean present(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies != null && Arrays.stream(cookies).anyMatch(c -> COOKIE.equals(c.getName()));
    }

    /** The header that removes the cookie. */
    static String forget(HttpServletRequest request) {
        return cookie(request, "", 0);
    }

    private static String cookie(HttpServletRequest request, String value, long seconds) {
        return ResponseCookie.from(COOKIE, value)
                .path(request.getContextPath() + "/login")
                .maxAge(seconds)
                .httpOnly(true)
                .secure(request.isSecure())
                .sameSite("Strict")
                .build()
                .toString();
    }

    private static Optional<String> decode(String value) {
        try {
            String address = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8);
            return acceptable(address) ? Optional.of(address) : Optional.empty();
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    private static boolean acceptable(@Nullable String typed) {
        return typed != null
                && !typed.isBlank()
                && typed.strip().length() <= MAX
                && typed.chars().noneMatch(Character::isISOControl);
    }
}
