package fr.victimportal;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.UtilsKt;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import fr.victimportal.account.PortalUserDetailsService;
import fr.victimportal.claim.ClaimFixtures;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Browserless UI tests on the real views: Karibu mocks the Vaadin session, the Spring context is the real one, and
 * {@link #login} goes through the real user details service and password encoder.
 */
public abstract class KaribuTest extends IntegrationTest {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("fr.victimportal");

    @Autowired
    protected ApplicationContext applicationContext;

    @Autowired
    private PortalUserDetailsService userDetailsService;

    @Autowired
    private PasswordEncoder passwordEncoder;

    @BeforeEach
    void setUpVaadin() {
        startUi(Locale.FRENCH);
    }

    /** Starts a fresh UI as a browser that prefers {@code browserLocale} would. */
    protected void startUi(Locale browserLocale) {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
        MockVaadin.setMockRequestFactory(session -> {
            FakeRequest request = new FakeRequest(session);
            request.setLocaleInt(browserLocale);
            return request;
        });
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, applicationContext, UI::new));
    }

    /** The text of the page's main area as the user reads it (see {@link #text}). */
    protected static String page() {
        return text(LocatorJ._get(Main.class));
    }

    /**
     * A component's text as the user reads it, static cards included ({@link StaticCards}): the no-break spaces French puts in amounts and before some punctuation
     * ("15 350,00 €") become plain spaces, so the tests can write them as such.
     */
    protected static String text(Component component) {
        return text(StaticCards.textOf(component.getElement()));
    }

    /** A text read from a static card ({@link StaticCards}) with its no-break spaces as plain spaces. */
    protected static String text(String read) {
        return read.replaceAll("[\\u202f\\u00a0]", " ");
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /** Signs in as the given account with its password, as the login form would, then opens a fresh UI. */
    protected void login(String email, String password) {
        UserDetails user = userDetailsService.loadUserByUsername(email);
        if (!passwordEncoder.matches(password, user.getPassword())) {
            throw new IllegalArgumentException("Wrong password for " + email);
        }
        var auth = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth);
        SecurityContextHolder.setContext(context);
        // Vaadin reads the security context from the HTTP session, where Spring Security's filters would keep it.
        VaadinSession.getCurrent()
                .getSession()
                .setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        Set<String> authorities = user.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        FakeRequest request = UtilsKt.getFake(VaadinRequest.getCurrent());
        request.setUserPrincipalInt(auth);
        request.setUserInRole((principal, role) -> authorities.contains("ROLE_" + role));
        UI.getCurrent().getPage().reload();
    }

    /** Signs in as an account the fixtures made (their one password), then opens {@code route} as a browser would. */
    protected void openAs(String email, String route) {
        login(email, ClaimFixtures.PASSWORD);
        UI.getCurrent().navigate(route);
    }

    /**
     * As if the signed-in agent had already given their reason for opening this claim in this session (the reason
     * page itself is tested in AgentQueueAndReasonTest), so a test can go straight to the screen it is about.
     */
    protected void reasonGiven(String reference) {
        HashSet<String> seen = new HashSet<>(Set.of(reference));
        Object already = VaadinSession.getCurrent().getAttribute("fr.victimportal.claim.ui.ConsultationGate.seen");
        if (already instanceof Collection<?> c) {
            c.forEach(x -> seen.add((String) x));
        }
        VaadinSession.getCurrent().setAttribute("fr.victimportal.claim.ui.ConsultationGate.seen", seen);
    }

    protected void logout() {
        SecurityContextHolder.clearContext();
        VaadinSession.getCurrent()
                .getSession()
                .removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        FakeRequest request = UtilsKt.getFake(VaadinRequest.getCurrent());
        request.setUserPrincipalInt(null);
        request.setUserInRole((principal, role) -> false);
    }
}
