package fr.victimportal.account;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Actuator (health, info, Prometheus metrics) answers only on the management port ({@code management.server.port},
 * bound to {@code management.server.address}, 127.0.0.1 by default), never on the application's port: there
 * {@code /actuator} and everything under it answer 404 whoever asks. On the management port the endpoints are open
 * to whoever can reach that port (loopback by default; a deployment exposes it to its scraper only).
 */
@Configuration(proxyBeanMethods = false)
public class ManagementPortSecurity {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain managementSecurityFilterChain(HttpSecurity http, Environment environment) throws Exception {
        RequestMatcher onManagementPort = request -> isManagementPort(request, environment);
        RequestMatcher actuatorPath = request -> {
            String path =
                    request.getRequestURI().substring(request.getContextPath().length());
            return path.equals("/actuator") || path.startsWith("/actuator/");
        };
        http.securityMatcher(request -> onManagementPort.matches(request) || actuatorPath.matches(request));
        http.authorizeHttpRequests(auth ->
                auth.requestMatchers(onManagementPort).permitAll().anyRequest().denyAll());
        http.exceptionHandling(errors -> errors.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.NOT_FOUND))
                .accessDeniedHandler((request, response, denied) -> response.sendError(HttpStatus.NOT_FOUND.value())));
        http.csrf(csrf -> csrf.disable());
        http.requestCache(cache -> cache.disable());
        http.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }

    /** Boot publishes the management server's actual port (also a random one in tests) as local.management.port. */
    private static boolean isManagementPort(HttpServletRequest request, Environment environment) {
        Integer port = environment.getProperty("local.management.port", Integer.class);
        return port != null && port > 0 && request.getLocalPort() == port;
    }
}
