package fr.victimportal.account;

import com.vaadin.flow.i18n.I18NProvider;
import fr.victimportal.shared.i18n.PortalLocales;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The HTTP side of {@link Throttle}: the login form's POST and the public API. */
final class ThrottleFilters {

    private ThrottleFilters() {}

    /**
     * A client over its allowance of failed sign-ins is sent back to the login page with a message saying to wait;
     * its attempt is not even checked (no hash, no count against the account).
     */
    static final class SignIn extends OncePerRequestFilter {

        private final Throttle throttle;

        SignIn(Throttle throttle) {
            this.throttle = throttle;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return !"POST".equals(request.getMethod())
                    || !(request.getContextPath() + "/login").equals(request.getRequestURI());
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            Duration wait = throttle.waitBefore(Throttle.Kind.SIGN_IN, request.getRemoteAddr());
            if (wait.isZero()) {
                chain.doFilter(request, response);
                return;
            }
            // in the address, not in a session: a refused sign-in keeps nothing on the server
            TypedAddress.keep(request, response);
            response.sendRedirect(request.getContextPath() + LoginFailures.target(new LoginThrottledException(wait)));
        }
    }

    /** The public API answers 429 with a JSON body and {@code Retry-After} when a client asks too often. */
    static final class Api extends OncePerRequestFilter {

        private final Throttle throttle;
        private final I18NProvider texts;

        Api(Throttle throttle, I18NProvider texts) {
            this.throttle = throttle;
            this.texts = texts;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            Duration wait = throttle.take(Throttle.Kind.API, request.getRemoteAddr());
            if (wait.isZero()) {
                chain.doFilter(request, response);
                return;
            }
            long seconds = Math.max(1, wait.toSeconds());
            Locale locale = PortalLocales.fromTag(request.getParameter("lang"))
                    .orElseGet(() -> request.getHeader("Accept-Language") == null
                            ? PortalLocales.FRENCH
                            : PortalLocales.fromBrowser(request.getLocales()));
            String message = texts.getTranslation("throttle.api", locale, seconds);
            response.setStatus(429);
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
            response.setContentType("application/json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            ObjectNode body = JsonMapper.shared()
                    .createObjectNode()
                    .put("status", 429)
                    .put("error", "TOO_MANY_REQUESTS")
                    .put("retryAfterSeconds", seconds)
                    .put("message", message);
            response.getWriter().write(JsonMapper.shared().writeValueAsString(body));
        }
    }
}
