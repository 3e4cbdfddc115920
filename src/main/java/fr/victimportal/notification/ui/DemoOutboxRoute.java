package fr.victimportal.notification.ui;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers the demo outbox page, and so its menu entry, only in demo mode.
 *
 * <p>The listener is a bean built here, not a class implementing {@link VaadinServiceInitListener}: Vaadin's
 * production bundle scan treats every such class as loaded on every page, and would then load the page's grid
 * before the sign-in form. The page itself is scanned as its own route, loaded when opened.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "portal.demo.enabled", havingValue = "true")
class DemoOutboxRoute {

    @Bean
    VaadinServiceInitListener demoOutboxRegistration() {
        return event -> {
            RouteConfiguration routes = RouteConfiguration.forRegistry(
                    ApplicationRouteRegistry.getInstance(event.getSource().getContext()));
            if (!routes.isRouteRegistered(DemoOutboxView.class)) {
                routes.setAnnotatedRoute(DemoOutboxView.class);
            }
        };
    }
}
