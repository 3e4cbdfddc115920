package fr.victimportal.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shown when opening a page fails: a translated message and an incident code; the stack trace goes to the log only.
 * When the database cannot be reached the page says the service is briefly unavailable (HTTP 503).
 */
@AnonymousAllowed
public class ServerErrorView extends Main implements HasErrorParameter<Exception>, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(ServerErrorView.class);

    private boolean outage;

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String incident = PortalErrorHandler.newIncidentCode();
        outage = PortalErrorHandler.isOutage(parameter.getCaughtException());
        if (outage) {
            log.error(
                    "Incident {}: database unreachable while opening {} ({})",
                    incident,
                    event.getLocation().getPath(),
                    parameter.getCaughtException().toString());
        } else {
            log.error(
                    "Incident {}: error while opening {}",
                    incident,
                    event.getLocation().getPath(),
                    parameter.getCaughtException());
        }
        removeAll();
        addClassName("portal-page");
        add(
                new H1(getTranslation(outage ? "error.unavailable.title" : "error.page.title")),
                new Paragraph(getTranslation(outage ? "error.unavailable" : "error.unexpected", incident)),
                new Anchor("", getTranslation("error.page.home")));
        return outage ? HttpServletResponse.SC_SERVICE_UNAVAILABLE : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    @Override
    public String getPageTitle() {
        return getTranslation(outage ? "error.unavailable.title" : "error.page.title") + " · "
                + getTranslation("app.name");
    }
}
