package fr.victimportal.account;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinDefaultRequestCache;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.aop.Advisor;
import org.springframework.aop.ClassFilter;
import org.springframework.aop.Pointcut;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.security.authorization.method.AuthorizationInterceptorsOrder;
import org.springframework.security.authorization.method.AuthorizationManagerBeforeMethodInterceptor;
import org.springframework.security.authorization.method.Jsr250AuthorizationManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.savedrequest.CookieRequestCache;

/**
 * Form login through the plain sign-in page {@link LoginPage} (CSRF token required on its POST, held in a cookie so
 * that no session exists before sign-in; a failure named in the address by {@link LoginFailures}), passwords hashed by
 * the delegating encoder, a new session id at login (session fixation), throttling of sign-in per client, and
 * method security so services check roles whatever the screen did. The public API has its own chain
 * ({@link ApiSecurity}).
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(prePostEnabled = false)
public class SecurityConfiguration {

    /**
     * {@code @RolesAllowed} on services, checked at every call. Views carry the same annotation for Vaadin's navigation
     * access control, which checks it before a view is built; they are left out here, so that no view is a Spring
     * proxy (a proxy costs advisor matching at every navigation, and runs a final method on its own empty fields).
     */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor rolesAllowedOnServices() {
        Pointcut annotated =
                AuthorizationManagerBeforeMethodInterceptor.jsr250().getPointcut();
        ClassFilter notAView = type -> !Component.class.isAssignableFrom(type);
        AuthorizationManagerBeforeMethodInterceptor check = new AuthorizationManagerBeforeMethodInterceptor(
                new ComposablePointcut(annotated).intersection(notAView), new Jsr250AuthorizationManager());
        check.setOrder(AuthorizationInterceptorsOrder.JSR250.getOrder());
        return check;
    }

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            AccountService accounts,
            Throttle throttle,
            DeviceCookies devices,
            RequestUtil vaadinRequests,
            VaadinDefaultRequestCache requestCache,
            ObjectProvider<SecurityContextHolderStrategy> contexts)
            throws Exception {
        // Vaadin's request cache (it leaves out its own internal requests) keeps the page an anonymous visitor asked
        // for in a cookie, not a session: the home page or a claim's link opened before sign-in creates no session
        // (issue 25). The cookie holds a path of this site only (Spring Security refuses any other when it reads it),
        // is HttpOnly and SameSite=Lax, and goes at sign-in. Only a page is kept, never a form's POST.
        CookieRequestCache pageAskedFor = new CookieRequestCache();
        pageAskedFor.setRequestMatcher(request -> "GET".equals(request.getMethod()));
        pageAskedFor.setCookieCustomizer(cookie -> cookie.setAttribute("SameSite", "Lax"));
        requestCache.setDelegateRequestCache(pageAskedFor);
        http.addFilterAfter(
                new SessionEpochFilter(
                        accounts, contexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy)),
                SecurityContextHolderFilter.class);
        http.addFilterBefore(new ThrottleFilters.SignIn(throttle), UsernamePasswordAuthenticationFilter.class);
        // Vaadin would exempt the whole login path from CSRF: only its own requests are (they carry Vaadin's token).
        // The token lives in a cookie, not in the session: the sign-in page and a failed sign-in keep no session
        // (issue 25). HttpOnly: the page is rendered on the server with the token in it, no script reads the cookie.
        CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
        tokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
        http.csrf(csrf ->
                csrf.csrfTokenRepository(tokens).ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        // a sign-in POST without its token: the page says the form had expired (not a bare page without a word)
        http.exceptionHandling(
                ex -> ex.defaultAccessDeniedHandlerFor(LoginFailures.EXPIRED_FORM, LoginFailures::signInPost));
        // the sign-in page whatever its query (?error=locked, ?lang=en); the form login permits "/login" exactly
        http.authorizeHttpRequests(
                auth -> auth.requestMatchers("/login", "/styles/**", "/icons/**", "/manifest.webmanifest")
                        .permitAll());
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
        http.headers(headers ->
                headers.referrerPolicy(policy -> policy.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        // CSP, Permissions-Policy and frame options: SecurityHeaders (a headers customizer bean)
        http.with(
                VaadinSecurityConfigurer.vaadin(),
                vaadin -> vaadin.loginView("/login").enableCsrfConfiguration(false));
        // Vaadin's configurer sets the login page and the success handler (saved request, else "/") when the chain is
        // built; the failure handler set here stays (the page's path only fills in a missing one)
        http.formLogin(form -> form.failureHandler(new LoginFailures())
                .authenticationDetailsSource(request -> new PortalAuthenticationProvider.LoginDetails(
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
