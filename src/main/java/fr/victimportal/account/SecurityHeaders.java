package fr.victimportal.account;

import fr.victimportal.shared.PortalProperties;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.HeaderWriterFilter;

/**
 * The browser-side protections sent with every response of the portal (Vaadin pages, their {@code /VAADIN/}
 * resources, the API, downloads), on top of Spring Security's defaults ({@code X-Content-Type-Options: nosniff},
 * no-cache for pages, {@code Referrer-Policy} set in {@link SecurityConfiguration}):
 *
 * <ul>
 *   <li>{@code Content-Security-Policy} ({@link #POLICY}). Vaadin Flow's documented minimum is
 *       {@code script-src 'unsafe-inline' 'unsafe-eval'} (the bootstrap page starts the client engine with an inline
 *       script, and the engine turns the JavaScript the server sends, {@code executeJs()} and event-data
 *       expressions, into functions) and {@code style-src 'unsafe-inline'} (components set inline styles). Everything
 *       else is locked to the portal's own origin: no script, style, font, image or connection from elsewhere, no
 *       plugin, no {@code <base>} rewrite, forms post only to the portal. {@code font-src data:} because Lumo's
 *       stylesheet embeds its icon font as a data URL, {@code img-src data:} because the components' styles draw
 *       marks and icons as {@code data:image/svg+xml} URLs.</li>
 *   <li>{@code frame-ancestors} from {@code portal.security.frame-ancestors} ({@code 'none'} by default: no site may
 *       frame the portal, against click-jacking), and the matching legacy {@code X-Frame-Options}.</li>
 *   <li>{@code Permissions-Policy}: every powerful browser feature off. The medical upload reaches the phone's camera
 *       through the file picker ({@code <input type=file>}), which no permission governs, so {@code camera=()} does not
 *       stop a victim from photographing a document.</li>
 * </ul>
 *
 * The headers are written before the request is handled, so a handler can still replace one (an inline medical
 * download sends {@code Content-Security-Policy: sandbox}). The same policy serves development mode: checked in
 * headless Chromium on the sign-in page, a sign-in through the form, the dashboard, the account page and the
 * demo outbox, with no violation reported (the dev tools' WebSocket is same-origin, which {@code 'self'} covers).
 *
 * <p>Applied through a {@code Customizer<HeadersConfigurer<HttpSecurity>>} bean, which Spring Security applies to the
 * {@link HttpSecurity} of {@link SecurityConfiguration} before that builds its filter chain.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityHeaders {

    /** The policy; {@code %s} is the configured frame-ancestors source list. */
    static final String POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; "
            + "font-src 'self' data:; "
            + "connect-src 'self'; "
            + "object-src 'none'; "
            + "base-uri 'self'; "
            + "form-action 'self'; "
            + "frame-ancestors %s";

    static final String CSP_HEADER = "Content-Security-Policy";
    static final String PERMISSIONS_HEADER = "Permissions-Policy";

    /** Every browser feature the portal never uses. */
    static final String PERMISSIONS_POLICY = "accelerometer=(), autoplay=(), camera=(), display-capture=(), "
            + "geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), "
            + "publickey-credentials-get=(), screen-wake-lock=(), serial=(), usb=(), xr-spatial-tracking=()";

    @Bean
    Customizer<HeadersConfigurer<HttpSecurity>> portalSecurityHeaders(PortalProperties properties) {
        String frameAncestors = properties.security().frameAncestors();
        String ancestors = frameAncestors == null || frameAncestors.isBlank() ? "'none'" : frameAncestors.trim();
        String normalized = ancestors.toLowerCase(Locale.ROOT);
        return headers -> {
            headers.addHeaderWriter(new PolicyWriter(ancestors));
            // Before the request is handled, not when the response commits: Vaadin's bootstrap page is written
            // through a forward and committed by the container, past Spring Security's commit hook, so a lazily
            // written header never reached /login. A handler may still replace a header (a download's sandbox).
            headers.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                @Override
                public <O extends HeaderWriterFilter> O postProcess(O filter) {
                    filter.setShouldWriteHeadersEagerly(true);
                    return filter;
                }
            });
            if (normalized.equals("'none'")) {
                headers.frameOptions(frame -> frame.deny());
            } else if (normalized.equals("'self'")) {
                headers.frameOptions(frame -> frame.sameOrigin());
            } else {
                // other sites allowed by frame-ancestors: X-Frame-Options cannot say so, and would contradict it
                headers.frameOptions(frame -> frame.disable());
            }
        };
    }

    /** Writes the policies unless the response already has its own. */
    static final class PolicyWriter implements HeaderWriter {

        private final String policy;

        PolicyWriter(String frameAncestors) {
            this.policy = POLICY.formatted(frameAncestors);
        }

        @Override
        public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
            if (!response.containsHeader(CSP_HEADER)) {
                response.setHeader(CSP_HEADER, policy);
            }
            if (!response.containsHeader(PERMISSIONS_HEADER)) {
                response.setHeader(PERMISSIONS_HEADER, PERMISSIONS_POLICY);
            }
        }
    }
}
