package fr.victimportal.deadline.api;

import static org.assertj.core.api.Assertions.assertThat;

import fr.victimportal.IntegrationTest;
import fr.victimportal.account.Throttle;
import fr.victimportal.shared.PortalProperties;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every answer under /api/ is JSON, over real HTTP as a tool would call it: another method than GET is
 * refused 405 with {@code Allow} (not sent to the sign-in page), an unknown address 404 (not a portal page), in the
 * request's language, with the portal's security headers, throttled like the API, and never with a session cookie.
 */
class ApiAnswersTest extends IntegrationTest {

    private static final List<String> LOCAL = List.of("127.0.0.1", "0:0:0:0:0:0:0:1");

    @Autowired
    Throttle throttle;

    @Autowired
    PortalProperties properties;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @AfterEach
    void forgetTheClient() {
        LOCAL.forEach(key -> throttle.forget(Throttle.Kind.API, key));
    }

    private HttpResponse<String> send(String method, String pathAndQuery, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
                .method(
                        method,
                        method.equals("GET") || method.equals("DELETE")
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString("event=ACCIDENT&date=2026-03-02"));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** JSON, no stack trace, no session cookie, the portal's security headers. */
    private JsonNode jsonAnswer(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(response.headers().allValues("Set-Cookie"))
                .as("no session for the API")
                .isEmpty();
        assertThat(response.body()).doesNotContain("Exception", "at fr.", "trace", "<html", "vaadin");
        assertThat(response.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("frame-ancestors 'none'");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(response.headers().firstValue("Permissions-Policy")).isPresent();
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("status").asInt()).isEqualTo(status);
        return body;
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "DELETE", "PATCH", "OPTIONS"})
    void anotherMethodThanGetAnswers405InJsonWithAllow(String method) throws Exception {
        HttpResponse<String> response = send(method, "/api/v1/deadlines?event=ACCIDENT&date=2026-03-02");
        JsonNode body = jsonAnswer(response, 405);
        assertThat(response.headers().firstValue("Allow")).hasValue("GET");
        assertThat(response.headers().firstValue("Location"))
                .as("not sent to the sign-in page")
                .isEmpty();
        assertThat(body.get("error").asString()).isEqualTo("METHOD_NOT_ALLOWED");
        assertThat(body.get("message").asString())
                .isEqualTo("La méthode " + method
                        + " n’est pas acceptée à cette adresse : l’API est en lecture seule et n’y accepte que GET.");
    }

    @Test
    void the405IsInEnglishWithLangOrAcceptLanguage() throws Exception {
        String english =
                "The method POST is not allowed at this address: the API is read-only and accepts only GET" + " here.";
        assertThat(jsonAnswer(send("POST", "/api/v1/deadlines?lang=en"), 405)
                        .get("message")
                        .asString())
                .isEqualTo(english);
        assertThat(jsonAnswer(send("POST", "/api/v1/deadlines", "Accept-Language", "en-GB,en;q=0.8"), 405)
                        .get("message")
                        .asString())
                .isEqualTo(english);
        assertThat(jsonAnswer(send("POST", "/api/v1/deadlines?lang=fr", "Accept-Language", "en"), 405)
                        .get("message")
                        .asString())
                .startsWith("La méthode POST");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/v1/nothing",
                "/api/v2/deadlines",
                "/api/v1/deadlines/",
                "/api/v1/deadlines/x",
                "/api/",
                "/api",
                "/api/v1/nothing?event=ACCIDENT&date=2026-03-02"
            })
    void anUnknownAddressAnswers404InJson(String address) throws Exception {
        JsonNode body = jsonAnswer(send("GET", address), 404);
        assertThat(body.get("error").asString()).isEqualTo("NOT_FOUND");
        assertThat(body.get("message").asString())
                .isEqualTo("Cette adresse n’existe pas dans l’API. L’API publique répond à GET /api/v1/deadlines.");
    }

    @Test
    void anUnknownAddressAnswers404WhateverTheMethodAndInEnglishWhenAsked() throws Exception {
        String english = "There is no such address in the API. The public API answers GET /api/v1/deadlines.";
        assertThat(jsonAnswer(send("POST", "/api/v1/nothing?lang=en"), 404)
                        .get("message")
                        .asString())
                .isEqualTo(english);
        assertThat(jsonAnswer(send("DELETE", "/api/v2/deadlines", "Accept-Language", "en"), 404)
                        .get("message")
                        .asString())
                .isEqualTo(english);
    }

    @Test
    void aBrowserAskingForAPageStillGetsJson() throws Exception {
        String page = "text/html,application/xhtml+xml";
        assertThat(jsonAnswer(send("GET", "/api/v1/nothing", "Accept", page), 404)
                        .get("error")
                        .asString())
                .isEqualTo("NOT_FOUND");
        assertThat(jsonAnswer(send("POST", "/api/v1/deadlines", "Accept", page), 405)
                        .get("error")
                        .asString())
                .isEqualTo("METHOD_NOT_ALLOWED");
        HttpResponse<String> answer = send("GET", "/api/v1/deadlines?event=ACCIDENT&date=2026-03-02", "Accept", page);
        assertThat(answer.statusCode())
                .as("not a 406 sent on to the sign-in page")
                .isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(json.readTree(answer.body()).get(0).get("code").asString()).isNotBlank();
        HttpResponse<String> refused = send("GET", "/api/v1/deadlines?event=WEDDING&date=2026-03-02", "Accept", page);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(json.readTree(refused.body()).get("parameter").asString()).isEqualTo("event");
    }

    @Test
    void theApiNeverCreatesASession() throws Exception {
        HttpResponse<String> answer = send("GET", "/api/v1/deadlines?event=ACCIDENT&date=2026-03-02");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().allValues("Set-Cookie")).isEmpty();
        HttpResponse<String> refused = send("GET", "/api/v1/deadlines?event=WEDDING&date=2026-03-02");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().allValues("Set-Cookie")).isEmpty();
        // a session cookie sent along is neither used nor renewed
        HttpResponse<String> withCookie = send("POST", "/api/v1/deadlines", "Cookie", "JSESSIONID=0123456789ABCDEF");
        assertThat(withCookie.statusCode()).isEqualTo(405);
        assertThat(withCookie.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void aThrottledClientGets429BeforeAny404Or405() throws Exception {
        for (String key : LOCAL) {
            for (int i = 0; i < properties.security().throttle().api().capacity(); i++) {
                throttle.count(Throttle.Kind.API, key);
            }
        }
        for (HttpResponse<String> response :
                List.of(send("POST", "/api/v1/deadlines"), send("GET", "/api/v1/nothing"))) {
            assertThat(response.statusCode()).isEqualTo(429);
            assertThat(response.headers().firstValue("Retry-After")).isPresent();
            assertThat(response.headers().firstValue("Content-Type").orElseThrow())
                    .startsWith("application/json");
            assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
            assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
        }
    }
}
