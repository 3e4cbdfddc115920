package fr.victimportal.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import fr.victimportal.HttpSignIn;
import fr.victimportal.KaribuTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Collections;
import org.apache.catalina.Session;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Vaadin's answer to a repeated UIDL request still works while the session keeps that answer only deflated
 * ({@link CompactLastResponse}): over real HTTP against the running server, and the kept state itself.
 */
class RepeatedUidlRequestTest extends KaribuTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    private ServletWebServerApplicationContext web;

    private HttpResponse<String> uidl(HttpClient http, int ui, String body) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/?v-r=uidl&v-uiId=" + ui))
                        .header("Content-Type", "application/json; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * The UI the server made for the client, locked while read: Vaadin's copy of its last answer and the size of
     * ours, once the request has ended on the server (the client may read the answer before the server's request end).
     */
    private String[] keptBy(HttpClient http, int uiId) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> keptNow(http, uiId), kept -> kept[0] == null);
    }

    private String[] keptNow(HttpClient http, int uiId) {
        Session server = HttpSignIn.serverSession(web, http);
        VaadinSession vaadin = Collections.list(server.getSession().getAttributeNames()).stream()
                .map(name -> server.getSession().getAttribute(name))
                .filter(VaadinSession.class::isInstance)
                .map(VaadinSession.class::cast)
                .findFirst()
                .orElseThrow();
        vaadin.lock();
        try {
            UI ui = vaadin.getUIById(uiId);
            return new String[] {
                ui.getInternals().getLastRequestResponse(),
                String.valueOf(CompactLastResponse.kept(ui).size())
            };
        } finally {
            vaadin.unlock();
        }
    }

    @Test
    void aRepeatedRequestGetsTheSameAnswerAgainWhileTheSessionKeepsItDeflated() throws Exception {
        HttpClient http = HttpSignIn.browser();
        HttpResponse<String> init = HttpSignIn.send(http, port, "GET", "/?v-r=init&location=login&query=");
        assertThat(init.statusCode()).as(init.body()).isEqualTo(200);
        JsonNode config = json.readTree(init.body()).get("appConfig");
        int ui = config.get("v-uiId").asInt();
        String key = config.get("uidl").get("Vaadin-Security-Key").asString();
        String message = "{\"csrfToken\":\"" + key + "\",\"rpc\":[],\"syncId\":0,\"clientId\":0}";

        HttpResponse<String> first = uidl(http, ui, message);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).contains("\"syncId\":1").contains("\"clientId\":1");
        String[] kept = keptBy(http, ui);
        assertThat(Integer.parseInt(kept[1]))
                .as("the deflated answer kept instead")
                .isPositive();

        HttpResponse<String> repeated = uidl(http, ui, message);

        assertThat(repeated.statusCode()).isEqualTo(200);
        assertThat(repeated.body()).isEqualTo(first.body());
        keptBy(http, ui);

        HttpResponse<String> next =
                uidl(http, ui, "{\"csrfToken\":\"" + key + "\",\"rpc\":[],\"syncId\":1,\"clientId\":1}");
        assertThat(next.statusCode()).isEqualTo(200);
        assertThat(next.body()).contains("\"syncId\":2").contains("\"clientId\":2");
        HttpResponse<String> repeatedNext =
                uidl(http, ui, "{\"csrfToken\":\"" + key + "\",\"rpc\":[],\"syncId\":1,\"clientId\":1}");
        assertThat(repeatedNext.body()).isEqualTo(next.body());
    }

    @Test
    void theTextStaysWhileAnotherRequestOfTheUiIsInProgressAndComesBackExactly() {
        UI ui = UI.getCurrent();
        String answer =
                "{\"changes\":[{\"value\":\"L’offre : 15\u202f350,00\u00a0€ — réglée\"}],\"syncId\":3}".repeat(50);
        ui.getInternals().setLastRequestResponse(answer);

        CompactLastResponse.restore(ui); // a first request
        CompactLastResponse.restore(ui); // the browser repeats it before the first is answered
        CompactLastResponse.stash(ui); // the first ends

        assertThat(ui.getInternals().getLastRequestResponse()).isSameAs(answer);

        CompactLastResponse.stash(ui); // the repeat ends

        assertThat(ui.getInternals().getLastRequestResponse()).isNull();
        assertThat(CompactLastResponse.kept(ui).size()).isLessThan(answer.length() / 10);

        CompactLastResponse.restore(ui);

        assertThat(ui.getInternals().getLastRequestResponse()).isEqualTo(answer);
    }
}
