package fr.victimportal.offer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.victimportal.IntegrationTest;
import fr.victimportal.TestClock;
import fr.victimportal.account.PortalUserDetailsService;
import fr.victimportal.account.Role;
import fr.victimportal.claim.ClaimFixtures;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/**
 * The agents' notices of an acceptance or a withdrawal are an after-commit listener (docs/architecture/events.md): not
 * written in the victim's transaction, written once it has committed, and the event leaves the publication registry
 * once they are.
 */
@EnableScenarios
class OfferNoticesTest extends IntegrationTest {

    @Autowired
    private OfferFixtures fixtures;

    @Autowired
    private ClaimFixtures claims;

    @Autowired
    private OfferService offers;

    @Autowired
    private PortalUserDetailsService users;

    @Autowired
    private JdbcTemplate jdbc;

    private List<String> noticeSubjects(String agent, String reference) {
        return jdbc.queryForList(
                "select subject from mail_outbox where recipient_user_id = ? and dedup_key like ?" + " order by id",
                String.class,
                users.loadUserByUsername(agent).id(),
                "offer:" + reference + ":%");
    }

    private int outstandingPublications() {
        return jdbc.queryForObject("select count(*) from event_publication", Integer.class);
    }

    @Test
    void theAgentsAreToldOfAnAcceptanceOnlyOnceItIsCommitted(Scenario scenario) {
        clock.set(ZonedDateTime.of(2026, 12, 4, 11, 0, 0, 0, TestClock.PARIS).toInstant());
        var v = fixtures.victim("Chloé Renard");
        String agent = claims.newUser(Role.AGENT, "Agent Caron");
        fixtures.record(v, OfferFixtures.complete(LocalDate.of(2026, 8, 3), OfferFixtures.typicalHeads()));
        OfferFile offer = fixtures.latest(v.email(), v.reference());

        scenario.stimulate(tx -> tx.execute(status -> {
                    claims.as(
                            v.email(),
                            () -> offers.accept(v.reference(), offer.id(), offer.version(), LocalDate.of(2026, 12, 4)));
                    // still inside the acceptance's transaction: no notice yet, the event waits in the registry
                    return noticeSubjects(agent, v.reference()).size();
                }))
                .andWaitForStateChange(() -> noticeSubjects(agent, v.reference()), subjects -> !subjects.isEmpty())
                .andVerify((subjects, insideTheTransaction) -> {
                    assertThat(insideTheTransaction).isZero();
                    assertThat(subjects)
                            .containsExactly("Dossier " + v.reference() + " : la victime a accepté l’offre");
                });
        assertThat(outstandingPublications())
                .as("the delivered event leaves the registry")
                .isZero();
    }

    @Test
    void aWithdrawalIsAnnouncedToTheAgents(Scenario scenario) {
        clock.set(ZonedDateTime.of(2026, 12, 4, 11, 0, 0, 0, TestClock.PARIS).toInstant());
        var v = fixtures.victim("Hugo Lemaire");
        String agent = claims.newUser(Role.AGENT, "Agent Morel");
        fixtures.record(v, OfferFixtures.complete(LocalDate.of(2026, 8, 3), OfferFixtures.typicalHeads()));
        OfferFile offer = fixtures.latest(v.email(), v.reference());
        OfferFile accepted = claims.as(
                v.email(), () -> offers.accept(v.reference(), offer.id(), offer.version(), LocalDate.of(2026, 12, 4)));
        // the acceptance's notice is written after its commit, on another thread: a victim withdraws later than that
        await().until(() -> noticeSubjects(agent, v.reference()).size() == 1);

        scenario.stimulate(() -> claims.as(
                        v.email(),
                        () -> offers.withdraw(
                                v.reference(),
                                accepted.id(),
                                accepted.version(),
                                LocalDate.of(2026, 12, 4),
                                "Bordeaux")))
                .andWaitForStateChange(() -> noticeSubjects(agent, v.reference()), subjects -> subjects.size() == 2)
                .andVerify(subjects -> assertThat(subjects)
                        .containsExactly(
                                "Dossier " + v.reference() + " : la victime a accepté l’offre",
                                "Dossier " + v.reference() + " : la victime est revenue sur son accord"));
    }
}
