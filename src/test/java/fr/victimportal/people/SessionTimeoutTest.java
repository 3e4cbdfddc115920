package fr.victimportal.people;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.VaadinServlet;
import fr.victimportal.IntegrationTest;
import jakarta.servlet.ServletContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.ServletRegistrationBean;

/**
 * Sessions time out: 30 minutes without a request, and an open page's heartbeat alone does not keep a session alive
 * (Vaadin closes idle sessions), as configured for the running server.
 */
class SessionTimeoutTest extends IntegrationTest {

    @Autowired
    private ServletContext servletContext;
    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("servletRegistrationBean")
    private ServletRegistrationBean<?> vaadin;

    @Test
    void anIdleSessionEndsAfterThirtyMinutesEvenWithThePageOpen() throws Exception {
        HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .build(), HttpResponse.BodyHandlers.discarding());
        assertThat(servletContext.getSessionTimeout()).as("minutes").isEqualTo(30);
        VaadinServlet servlet = (VaadinServlet) vaadin.getServlet();
        assertThat(servlet.getService().getDeploymentConfiguration().isCloseIdleSessions()).isTrue();
    }
}
