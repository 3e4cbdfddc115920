package fr.victimportal.account;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import fr.victimportal.account.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Form login through the Vaadin login view (CSRF token required on its POST), passwords hashed by the delegating
 * encoder, a new session id at login (session fixation), throttling of sign-in per client, and
 * method security so services check roles whatever the screen did. The public API has its own chain
 * ({@link ApiSecurity}).
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
public class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            AccountService accounts,
            Throttle throttle,
            DeviceCookies devices,
            RequestUtil vaadinRequests)
            throws Exception {
        http.addFilterAfter(new SessionEpochFilter(accounts), SecurityContextHolderFilter.class);
        http.addFilterBefore(new ThrottleFilters.SignIn(throttle), UsernamePasswordAuthenticationFilter.class);
        // Vaadin would exempt the whole login path from CSRF: only its own requests are (they carry Vaadin's token)
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/styles/**", "/icons/**", "/manifest.webmanifest")
                .permitAll());
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
        http.headers(headers ->
                headers.referrerPolicy(policy -> policy.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        // CSP, Permissions-Policy and frame options: SecurityHeaders (a headers customizer bean)
        http.with(
                VaadinSecurityConfigurer.vaadin(),
                vaadin -> vaadin.loginView(LoginView.class).enableCsrfConfiguration(false));
        // after Vaadin's configurer, so that its login page is set before the form login initialises
        http.formLogin(form ->
                form.authenticationDetailsSource(request -> new PortalAuthenticationProvider.LoginDetails(
                        request, devices.trusts(request, request.getParameter("username")))));
        return http.build();
    }

    /** The only authentication provider: password first, then lock and activation (no account enumeration). */
    @Bean
    PortalAuthenticationProvider portalAuthenticationProvider(PortalUserDetailsService users, PasswordEncoder encoder) {
        return new PortalAuthenticationProvider(users, encoder);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
