package fr.victimportal.account;

import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The public JSON API ({@code /api/} and everything under it) has a filter chain of its own, before the portal's:
 * anonymous, read-only and cookie-less, so no session is ever created or read there and no CSRF token is asked
 * (the API changes nothing; a POST is answered 405 by the API itself, not sent to the sign-in page). Every address
 * is let through to the application, which answers each of them in JSON (an unknown one 404, another method 405).
 * The portal's security headers (the {@link SecurityHeaders} customizer, the same {@code Referrer-Policy}) and the
 * per-client throttling of the API still apply.
 */
@Configuration(proxyBeanMethods = false)
public class ApiSecurity {

    /** After the management port's chain, before the portal's (Vaadin) one. */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 10)
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, Throttle throttle, I18NProvider texts)
            throws Exception {
        http.securityMatcher("/api/**");
        // after the header writer, so that a 429 carries the security headers too
        http.addFilterAfter(new ThrottleFilters.Api(throttle, texts), HeaderWriterFilter.class);
        http.authorizeHttpRequests(auth -> auth.anyRequest().permitAll());
        http.csrf(csrf -> csrf.disable());
        http.requestCache(cache -> cache.disable());
        http.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        http.headers(headers -> headers.referrerPolicy(policy -> policy.policy(ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }
}
