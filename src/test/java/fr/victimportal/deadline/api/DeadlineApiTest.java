package fr.victimportal.deadline.api;

import static org.assertj.core.api.Assertions.assertThat;

import fr.victimportal.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON endpoint over real HTTP, anonymous, as an association's tool would call it. */
class DeadlineApiTest extends IntegrationTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    private HttpResponse<String> get(String query) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/deadlines?" + query))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aSettlementAnswersTheWithdrawalEndAndThePaymentDate() throws Exception {
        HttpResponse<String> response = get("event=SETTLEMENT&date=2025-04-23");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        JsonNode body = json.readTree(response.body());
        assertThat(body.size()).isEqualTo(2);
        assertThat(body.get(0).get("code").asString()).isEqualTo("WITHDRAWAL");
        assertThat(body.get(0).get("basis").asString()).isEqualTo("C. assur. art. L211-16");
        assertThat(body.get(0).get("nominal").asString()).isEqualTo("2025-05-08");
        assertThat(body.get(0).get("due").asString()).isEqualTo("2025-05-09");
        assertThat(body.get(1).get("code").asString()).isEqualTo("PAYMENT");
        assertThat(body.get(1).get("due").asString()).isEqualTo("2025-06-10");
        assertThat(body.get(0).get("title").asString()).isNotBlank();
    }

    @Test
    void textsFollowTheRequestedLanguage() throws Exception {
        JsonNode fr = json.readTree(get("event=ACCIDENT&date=2026-03-02").body());
        JsonNode en = json.readTree(get("event=ACCIDENT&date=2026-03-02&lang=en").body());
        assertThat(fr.toString()).contains("Offre dans les 8 mois");
        assertThat(en.toString()).doesNotContain("Offre dans les 8 mois");
        assertThat(en.get(0).get("due")).isEqualTo(fr.get(0).get("due"));
    }

    @ParameterizedTest
    @CsvSource({
        "event=WEDDING&date=2026-03-02, event",
        "date=2026-03-02, event",
        "event=ACCIDENT, date",
        "event=ACCIDENT&date=2026-02-30, date",
        "event=ACCIDENT&date=02/03/2026, date",
        "event=ACCIDENT&date=1850-01-01, date",
        "event=ACCIDENT&date=2026-03-02&overseas=maybe, overseas",
        "event=CONSOLIDATION_KNOWN&date=2026-03-02&accidentDate=2026-05-01, accidentDate"})
    void aBadInputAnswers400NamingTheParameter(String query, String parameter) throws Exception {
        HttpResponse<String> response = get(query);
        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("parameter").asString()).isEqualTo(parameter);
        assertThat(body.get("message").asString()).startsWith(parameter + ": ");
        assertThat(response.body()).doesNotContain("Exception", "at fr.", "trace");
    }
}
