package fr.victimportal.shared;

import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Keeps the demo off real servers. The demo prints its logins on the sign-in page and shows written mails (with their
 * one-time links) in the demo outbox: on a server that real people use, that would hand their accounts to anyone. So
 * demo data exists only under the {@code demo} Spring profile, and the portal refuses to start with it unless
 * {@code portal.base-url} is a loopback address. Checked as soon as the configuration is read, before any bean (and so
 * any demo data) exists: registered in {@code META-INF/spring.factories}.
 */
public class DemoModeGuard implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    /** The profile that turns the demo on ({@code application-demo.properties}). */
    public static final String PROFILE = "demo";

    /** The demo's mail domain: the demo outbox shows only mails addressed to it. */
    public static final String DEMO_DOMAIN = "demo.victim-portal.fr";

    private static final Logger log = LoggerFactory.getLogger(DemoModeGuard.class);

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        Environment environment = event.getEnvironment();
        check(
                environment.getProperty("portal.demo.enabled", Boolean.class, false),
                Arrays.asList(environment.getActiveProfiles()).contains(PROFILE),
                environment.getProperty("portal.base-url", "http://localhost:8080"));
    }

    /**
     * Refuses a demo outside its profile or on a public address.
     *
     * @throws IllegalStateException with the reason, which stops the start-up
     */
    static void check(boolean demoEnabled, boolean demoProfile, String baseUrl) {
        if (!demoEnabled) {
            return;
        }
        if (!demoProfile) {
            throw new IllegalStateException(
                    "portal.demo.enabled=true outside the 'demo' profile: the demo is turned on "
                            + "only by the 'demo' profile (--spring.profiles.active=demo), never in a real deployment");
        }
        if (!isLoopback(baseUrl)) {
            throw new IllegalStateException("The 'demo' profile is on but portal.base-url (" + baseUrl + ") is not a "
                    + "loopback address: the demo shows its logins and the mails it wrote to anyone, so it runs only on "
                    + "localhost. Start without the 'demo' profile for a real deployment.");
        }
        log.warn(
                "DEMO MODE ('demo' profile): fictitious accounts are listed on the sign-in page and the demo outbox "
                        + "shows the mails written to @{}. Never use it for real people.",
                DEMO_DOMAIN);
    }

    /** Whether the URL's host is written as a loopback address (no name lookup: only what the URL says). */
    static boolean isLoopback(String url) {
        String host;
        try {
            host = URI.create(url.trim()).getHost();
        } catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
        if (host == null) {
            return false;
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        if (host.equals("localhost")
                || host.endsWith(".localhost")
                || host.equals("::1")
                || host.equals("0:0:0:0:0:0:0:1")) {
            return true;
        }
        String[] parts = host.split("\\.", -1);
        if (parts.length != 4 || !parts[0].equals("127")) {
            return false;
        }
        for (String part : parts) {
            if (!part.matches("\\d{1,3}") || Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }

    /** Whether a mail address belongs to the demo's domain. */
    public static boolean isDemoAddress(String address) {
        return address != null && address.toLowerCase(Locale.ROOT).endsWith("@" + DEMO_DOMAIN);
    }
}
