package fr.victimportal.shared.ui;

import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Translates the built-in texts of Vaadin components (calendar, error messages, screen-reader labels) into the page's
 * language after every navigation ({@link ComponentTexts}).
 *
 * <p>The listener is a bean built here, not a class implementing {@link VaadinServiceInitListener}: Vaadin's
 * production bundle scan treats every such class as loaded on every page, and {@link ComponentTexts} names the date
 * and time pickers, which would then be loaded before the sign-in form. Each picker is loaded with the views that
 * build one.
 */
@Configuration(proxyBeanMethods = false)
class ComponentTextsSetup {

    @Bean
    VaadinServiceInitListener componentTextsAfterNavigation() {
        return event -> event.getSource()
                .addUIInitListener(
                        e -> e.getUI().addAfterNavigationListener(nav -> ComponentTexts.localize(e.getUI())));
    }
}
