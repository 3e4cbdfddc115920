package fr.victimportal.offer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.victimportal.IntegrationTest;
import fr.victimportal.TestSmtp;
import fr.victimportal.claim.ClaimFixtures;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 24: when a relative or heir accepts their own offer, the insurer's agents are told who accepted, and for a minor
 * that the settlement awaits the judge (L211-15); never a mail that says "the victim" accepted. Today 20 Dec 2026.
 */
class RelativeAcceptanceNoticesTest extends IntegrationTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = TestSmtp.server();

    private static final LocalDate RECEIVED = LocalDate.of(2026, 12, 18);

    @Autowired
    private RelativeOfferFamily families;

    @Autowired
    private ClaimFixtures fixtures;

    @Autowired
    private OfferService offers;

    @Autowired
    private JdbcTemplate jdbc;

    @BeforeEach
    void today() {
        today(2026, 12, 20, 10);
    }

    private List<Map<String, Object>> notices(String reference) {
        return jdbc.queryForList(
                "select subject, text_body from mail_outbox where dedup_key like ? order by id",
                "offer:" + reference + ":accepted:%");
    }

    @Test
    void theAgentsAreToldWhichHeirAcceptedAndThatTheMinorsAwaitsTheJudge() {
        var h = families.heirs(SMTP);
        long leas = fixtures.as(
                h.agent(),
                () -> offers.record(
                        h.reference(),
                        h.leaId(),
                        RelativeOfferFamily.letter(RECEIVED, RelativeOfferFamily.heirHeads())));
        long noes = fixtures.as(
                h.agent(),
                () -> offers.record(
                        h.reference(),
                        h.noeId(),
                        RelativeOfferFamily.letter(RECEIVED, RelativeOfferFamily.heirHeads())));
        OfferFile lea = fixtures.as(h.lea(), () -> offers.latest(h.reference())).orElseThrow();
        fixtures.as(h.lea(), () -> offers.accept(h.reference(), leas, lea.version(), RECEIVED));
        await().until(() -> !notices(h.reference()).isEmpty());
        OfferFile noe = fixtures.as(h.noeRepresentative(), () -> offers.latest(h.reference()))
                .orElseThrow();
        fixtures.as(h.noeRepresentative(), () -> offers.accept(h.reference(), noes, noe.version(), RECEIVED));
        await().until(() -> notices(h.reference()).stream()
                        .map(m -> m.get("SUBJECT"))
                        .distinct()
                        .count()
                == 2);

        List<Map<String, Object>> sent = notices(h.reference());
        assertThat(sent).allSatisfy(m -> assertThat((String) m.get("SUBJECT")).doesNotContain("la victime a accepté"));
        assertThat(sent)
                .anySatisfy(m -> {
                    assertThat((String) m.get("SUBJECT"))
                            .isEqualTo(
                                    "Dossier " + h.reference() + " : Léa Martin a accepté l’offre qui lui était faite");
                    assertThat((String) m.get("TEXT_BODY"))
                            .contains("Léa Martin, proche de la victime", "4 janvier 2027");
                })
                .anySatisfy(m -> {
                    assertThat((String) m.get("SUBJECT"))
                            .contains(noe.recipient().name() + " a accepté");
                    assertThat((String) m.get("TEXT_BODY"))
                            .contains(
                                    "le représentant légal de "
                                            + noe.recipient().name(),
                                    "L211-15");
                });
    }
}
