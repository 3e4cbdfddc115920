package fr.victimportal.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * A failed sign-in goes back to the login page with the kind of failure in the address ({@code /login?error=locked}),
 * never in a session: a failed POST keeps nothing on the server. Whoever does not know the password gets
 * {@link Kind#CREDENTIALS} whatever the address; the provider tells a lock or a missing activation only after the
 * right password.
 */
final class LoginFailures implements AuthenticationFailureHandler {

    /** What the login page says after a failure; the name in the address is {@link #param()}. */
    enum Kind {
        CREDENTIALS,
        LOCKED,
        DISABLED,
        UNAVAILABLE,
        THROTTLED,
        /** The form's CSRF token was missing or wrong (cookies cleared, a very old tab): nothing was checked. */
        EXPIRED;

        String param() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /** The kind named in the address; a missing or unknown name is the generic message. */
        static Kind of(String param) {
            return Arrays.stream(values())
                    .filter(k -> k.param().equals(param))
                    .findFirst()
                    .orElse(CREDENTIALS);
        }

        static Kind of(AuthenticationException failure) {
            if (failure instanceof LoginThrottledException) {
                return THROTTLED;
            }
            if (failure instanceof InternalAuthenticationServiceException) {
                // the accounts could not be read (database out of reach): not the person's password
                return UNAVAILABLE;
            }
            if (failure instanceof LockedException) {
                return LOCKED;
            }
            if (failure instanceof DisabledException) {
                return DISABLED;
            }
            return CREDENTIALS;
        }
    }

    /** Where the browser is sent after this failure, below the context path. */
    static String target(AuthenticationException failure) {
        Kind kind = Kind.of(failure);
        String target = "/login?error=" + kind.param();
        return failure instanceof LoginThrottledException throttled
                ? target + "&minutes=" + throttled.minutes()
                : target;
    }

    /**
     * A sign-in POST refused before any check because its CSRF token is missing or wrong: back to the page, which says
     * the form had expired and nothing was sent (instead of a bare page without a word).
     */
    static final AccessDeniedHandler EXPIRED_FORM = (request, response, denied) -> {
        TypedAddress.keep(request, response);
        response.sendRedirect(request.getContextPath() + "/login?error=" + Kind.EXPIRED.param());
    };

    /** The sign-in form's POST, the only request whose refusal {@link #EXPIRED_FORM} answers. */
    static boolean signInPost(HttpServletRequest request) {
        return "POST".equals(request.getMethod())
                && (request.getContextPath() + "/login").equals(request.getRequestURI());
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        TypedAddress.keep(request, response); // the form shows the address again: only the password is retyped
        response.sendRedirect(request.getContextPath() + target(failure));
    }
}
