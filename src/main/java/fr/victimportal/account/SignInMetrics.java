package fr.victimportal.account;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.stereotype.Component;

/**
 * {@code portal_signin_failures_total{reason}}: failed sign-ins as Spring Security reports them (reason: the
 * exception's simple name, e.g. {@code BadCredentialsException}, {@code LockedException}). No address is recorded.
 */
@Component
class SignInMetrics {

    private final MeterRegistry registry;

    SignInMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @EventListener
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        registry.counter(
                        "portal.signin.failures",
                        "reason",
                        event.getException().getClass().getSimpleName())
                .increment();
    }
}
