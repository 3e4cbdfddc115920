package fr.victimportal.account.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fr.victimportal.account.DemoAccounts;
import fr.victimportal.account.LoginThrottledException;
import fr.victimportal.shared.PortalProperties;
import fr.victimportal.shared.PortalSecurityProperties;
import fr.victimportal.shared.ui.LanguageSwitch;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

/**
 * Sign-in. The form posts to Spring Security (with the CSRF token the page carries); after a failure Spring Security
 * keeps the exception in the session. Whoever does not know the password gets one message, whatever the address; a
 * locked or inactive account is told so only after the right password; too many failures from one client and a
 * database out of reach have their own messages.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final PortalSecurityProperties.Lockout policy;
    private final AuthenticationContext authentication;

    public LoginView(
            DemoAccounts demo,
            PortalProperties properties,
            AuthenticationContext authentication,
            ApplicationEventPublisher events) {
        this.policy = properties.security().lockout();
        this.authentication = authentication;
        addClassNames("portal-page", "login-page");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n(null));
        Div card = new Div(
                new H1(getTranslation("app.name")),
                new Paragraph(getTranslation("login.intro")),
                form,
                new Paragraph(new Anchor("inscription", getTranslation("login.signUp"))),
                new Paragraph(new Anchor("mot-de-passe-oublie", getTranslation("login.forgot"))),
                new Paragraph(new Anchor("delais", getTranslation("login.calculator"))),
                new LanguageSwitch(events));
        card.addClassName("login-card");
        add(card);
        if (demo.enabled()) {
            card.add(demoAccounts());
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            form.setI18n(i18n(lastFailure()));
            form.setError(true);
        }
    }

    private static Object lastFailure() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? null : session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }

    private LoginI18n i18n(Object failure) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.title"));
        texts.setUsername(getTranslation("login.email"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        texts.setForgotPassword(getTranslation("reset.request.title"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setUsername(getTranslation("login.email.required"));
        error.setPassword(getTranslation("login.password.required"));
        long minutes = policy.duration().toMinutes();
        if (failure instanceof LoginThrottledException throttled) {
            error.setTitle(getTranslation("login.throttled.title"));
            error.setMessage(getTranslation("login.throttled.message", throttled.minutes()));
        } else if (failure instanceof InternalAuthenticationServiceException) {
            // the accounts could not be read (database out of reach): not the person's password
            error.setTitle(getTranslation("login.unavailable.title"));
            error.setMessage(getTranslation("login.unavailable.message"));
        } else if (failure instanceof LockedException) {
            error.setTitle(getTranslation("login.locked.title"));
            error.setMessage(getTranslation("login.locked.message", policy.maxAttempts(), minutes));
        } else if (failure instanceof DisabledException) {
            error.setTitle(getTranslation("login.disabled.title"));
            error.setMessage(getTranslation("login.disabled.message"));
        } else {
            error.setTitle(getTranslation("login.error.title"));
            error.setMessage(getTranslation("login.error.message", policy.maxAttempts(), minutes));
        }
        return i18n;
    }

    private Details demoAccounts() {
        UnorderedList list = new UnorderedList();
        for (DemoAccounts.DemoAccount account : DemoAccounts.ACCOUNTS) {
            list.add(new ListItem(getTranslation(
                    "login.demo.account",
                    getTranslation("role." + account.role()),
                    account.email(),
                    account.password())));
        }
        Details details =
                new Details(getTranslation("login.demo.title"), new Paragraph(getTranslation("login.demo.text")), list);
        details.addClassName("demo-accounts");
        return details;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.name");
    }
}
