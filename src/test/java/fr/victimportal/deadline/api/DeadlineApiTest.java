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
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/deadlines?" + query))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
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
        JsonNode en =
                json.readTree(get("event=ACCIDENT&date=2026-03-02&lang=en").body());
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
        "event=CONSOLIDATION_KNOWN&date=2026-03-02&accidentDate=2026-05-01, accidentDate"
    })
    void aBadInputAnswers400NamingTheParameter(String query, String parameter) throws Exception {
        HttpResponse<String> response = get(query);
        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("parameter").asString()).isEqualTo(parameter);
        assertThat(body.get("message").asString()).startsWith(parameter + ": ");
        assertThat(response.body()).doesNotContain("Exception", "at fr.", "trace");
    }

    @Test
    void anUnknownResponsibleGivesTheGuaranteeFundPeriodsDueOnTheirNominalDate() throws Exception {
        HttpResponse<String> response = get("event=ACCIDENT&date=2023-03-04&responsible=UNKNOWN");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(response.body());
        assertThat(body.size()).isEqualTo(2);
        assertThat(body.get(0).get("code").asString()).isEqualTo("FGAO_REQUEST");
        assertThat(body.get(0).get("period").asString()).isEqualTo("P3Y");
        assertThat(body.get(0).get("due").asString()).isEqualTo("2026-03-04");
        assertThat(body.get(1).get("code").asString()).isEqualTo("FGAO_AGREEMENT_OR_ACTION");
        assertThat(body.get(1).get("period").asString()).isEqualTo("P5Y");
        // Sat 4 Mar 2028: a foreclosure is not moved to the Monday
        assertThat(body.get(1).get("nominal").asString()).isEqualTo("2028-03-04");
        assertThat(body.get(1).get("due").asString()).isEqualTo("2028-03-04");
        for (JsonNode d : body) {
            assertThat(d.get("basis").asString()).contains("R421-12");
            assertThat(d.get("due")).isEqualTo(d.get("nominal"));
            assertThat(d.get("ifMissed").asString()).contains("forclos");
            assertThat(d.get("notes").toString()).contains("ignoriez le dommage");
        }
        assertThat(body.get(1).get("interpretations").toString()).contains("Lecture prudente");
    }

    @ParameterizedTest
    @CsvSource({
        "ACCIDENT, 2021-07-04, FGAO_AGREEMENT_OR_ACTION, P5Y, 2026-07-04",
        "SETTLEMENT, 2026-07-03, FGAO_REQUEST, P1Y, 2027-07-03",
        "FINAL_JUDGMENT, 2028-05-01, FGAO_REQUEST, P1Y, 2029-05-01"
    })
    void anUninsuredResponsible(String event, String date, String code, String period, String due) throws Exception {
        HttpResponse<String> response = get("event=" + event + "&date=" + date + "&responsible=UNINSURED&lang=en");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(response.body());
        assertThat(body.size()).isEqualTo(1);
        assertThat(body.get(0).get("code").asString()).isEqualTo(code);
        assertThat(body.get(0).get("period").asString()).isEqualTo(period);
        assertThat(body.get(0).get("basis").asString()).contains("R421-12");
        assertThat(body.get(0).get("due").asString()).isEqualTo(due);
        assertThat(body.get(0).get("nominal").asString()).isEqualTo(due);
        assertThat(body.get(0).get("ifMissed").asString()).contains("foreclosed");
    }

    @Test
    void aLimitationOnASaturdayIsDueThatSaturdayAndSaysItIsThePrudentReading() throws Exception {
        JsonNode body = json.readTree(get("event=CONSOLIDATION&date=2016-02-29").body());
        assertThat(body.get(0).get("code").asString()).isEqualTo("LIMITATION");
        assertThat(body.get(0).get("nominal").asString()).isEqualTo("2026-02-28");
        assertThat(body.get(0).get("due").asString()).isEqualTo("2026-02-28");
        assertThat(body.get(0).get("shiftReason").asString()).isEqualTo("NONE");
        assertThat(body.get(0).get("interpretationApplied").asBoolean()).isTrue();
        assertThat(body.get(0).get("interpretations").get(0).asString()).startsWith("Lecture prudente retenue");
        assertThat(body.get(0).get("notes").get(0).asString()).contains("rien ne permet d’y compter");
    }

    @Test
    void adjustmentsNameTheirArticleAndLengthWithoutNull() throws Exception {
        JsonNode body = json.readTree(get("event=ACCIDENT&date=2026-03-02&overseas=true&thirdPartyPayerAbroad=true")
                .body());
        JsonNode offer = null;
        for (JsonNode d : body) {
            if (d.get("code").asString().equals("OFFER_8M")) {
                offer = d;
            }
        }
        assertThat(offer).isNotNull();
        assertThat(offer.get("adjustments").toString())
                .doesNotContain("null")
                .contains("C. assur. art. R211-35 al. 1 P1M", "C. assur. art. R211-35 al. 2 P1M");
        assertThat(offer.get("notes").toString()).contains("peut être provisoire");
    }

    @Test
    void theConditionalFiveMonthOfferSaysSo() throws Exception {
        JsonNode body =
                json.readTree(get("event=CONSOLIDATION_KNOWN&date=2026-03-02").body());
        assertThat(body.get(0).get("code").asString()).isEqualTo("OFFER_DEFINITIVE_5M");
        assertThat(body.get(0).get("notes").toString()).contains("ne s’applique que si");
    }

    @ParameterizedTest
    @CsvSource({
        "event=ACCIDENT&date=2026-03-02&responsible=SOMEONE, responsible",
        "event=FINAL_JUDGMENT&date=2026-03-02, responsible",
        "event=FINAL_JUDGMENT&date=2026-03-02&responsible=UNKNOWN, responsible"
    })
    void aBadResponsibleAnswers400(String query, String parameter) throws Exception {
        HttpResponse<String> response = get(query);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(json.readTree(response.body()).get("parameter").asString()).isEqualTo(parameter);
    }

    @ParameterizedTest
    @CsvSource({"2000", "10000", "30000"})
    void anOverLongQueryAnswers400InJson(int length) throws Exception {
        HttpResponse<String> response = get("event=ACCIDENT&date=2026-03-02&x=" + "a".repeat(length));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("parameter").asString()).isNotBlank();
        assertThat(body.get("message").asString()).contains("too long");
    }

    @Test
    void anOverLongParameterAnswers400InJsonWithoutEchoingIt() throws Exception {
        HttpResponse<String> response = get("event=" + "A".repeat(500) + "&date=2026-03-02");
        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("parameter").asString()).isEqualTo("event");
        assertThat(body.get("message").asString()).contains("too long").doesNotContain("AAAAAAAAAA");
    }
}
