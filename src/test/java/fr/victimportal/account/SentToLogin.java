package fr.victimportal.account;

import com.vaadin.flow.component.UI;

/**
 * The sign-in page is plain HTML outside Vaadin (issue 25): Vaadin's access control sends an anonymous visitor there
 * with a full page load ({@code window.open('/login', '_self')}), which a Karibu test sees as a pending call.
 */
public final class SentToLogin {

    private SentToLogin() {}

    /** Whether the last navigation sent the browser to /login (reads, and so clears, the UI's pending calls). */
    public static boolean now() {
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .map(call -> call.getInvocation())
                .anyMatch(call -> call.getExpression().contains("window.open")
                        && call.getParameters().stream()
                                .map(String::valueOf)
                                .anyMatch(p -> p.replace("\"", "").endsWith("/login")));
    }
}
