package fr.victimportal.notification.ui;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** Registers the demo outbox page, and so its menu entry, only in demo mode. */
@Component
@ConditionalOnProperty(name = "portal.demo.enabled", havingValue = "true")
class DemoOutboxRoute implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        RouteConfiguration routes = RouteConfiguration.forRegistry(
                ApplicationRouteRegistry.getInstance(event.getSource().getContext()));
        if (!routes.isRouteRegistered(DemoOutboxView.class)) {
            routes.setAnnotatedRoute(DemoOutboxView.class);
        }
    }
}
