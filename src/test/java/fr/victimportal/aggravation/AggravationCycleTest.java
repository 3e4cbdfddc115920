package fr.victimportal.aggravation;

import static fr.victimportal.aggravation.AggravationFixtures.worse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import fr.victimportal.KaribuTest;
import fr.victimportal.account.Role;
import fr.victimportal.aggravation.AggravationOverview.Stage;
import fr.victimportal.claim.ClaimDeadlines;
import fr.victimportal.claim.ClaimFixtures;
import fr.victimportal.claim.ClaimService;
import fr.victimportal.claim.ExaminationFacts;
import fr.victimportal.claim.SettlementFacts;
import fr.victimportal.deadline.DeadlineCode;
import fr.victimportal.expertise.Examinations;
import fr.victimportal.expertise.NoticeInput;
import fr.victimportal.notification.domain.OutboxMailRepository;
import fr.victimportal.offer.OfferFile;
import fr.victimportal.offer.OfferFixtures;
import fr.victimportal.offer.OfferService;
import fr.victimportal.offer.OfferStatus;
import fr.victimportal.shared.UserInputException;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An aggravation's own cycle after settlement (L211-19, C. civ. 2226) on a fixed clock: its examination, offer and
 * settlement, and its own ten years. Calendar checked by hand: 29 Feb 2028 + 10 years has no 29 Feb, so the period's
 * last day is 28 Feb 2038, a Sunday, which the legal clock keeps: a limitation is outside R211-36, so CPC 642 does not
 * move it (the prudent reading, docs/legal-notes.md).
 */
class AggravationCycleTest extends KaribuTest {

    @Autowired
    private OfferFixtures fixtures;

    @Autowired
    private ClaimFixtures claims;

    @Autowired
    private AggravationFixtures aggravationFixtures;

    @Autowired
    private OfferService offers;

    @Autowired
    private Aggravations aggravations;

    @Autowired
    private Examinations examinations;

    @Autowired
    private ExaminationFacts examinationFacts;

    @Autowired
    private SettlementFacts settlementFacts;

    @Autowired
    private ClaimDeadlines deadlines;

    @Autowired
    private ClaimService claimService;

    @Autowired
    private OutboxMailRepository outbox;

    private OfferFixtures.Victim settled(String name) {
        return aggravationFixtures.settled(name);
    }

    @Test
    void afterTheSettlementIsFinalAnAggravationOpensANewCycleWithItsOwnExamOfferAndSettlement() {
        var v = settled("Lucas Garnier");
        String agent = claims.newUser(Role.AGENT, "Agent Aggravations");
        today(2027, 3, 1, 10);
        long id = claims.as(v.email(), () -> aggravations.declare(v.reference(), worse(LocalDate.of(2027, 2, 1))));
        // the agents' notice is written after the declaration's commit
        await().untilAsserted(() -> assertThat(outbox.findByRecipientAddressOrderByIdAsc(agent))
                .anySatisfy(m -> assertThat(m.getSubject())
                        .isEqualTo("Dossier " + v.reference() + " : aggravation n° 1 déclarée")));

        // the insurer's examination and offer now belong to the aggravation, not to the initial claim
        claims.as(
                agent,
                () -> examinations.record(
                        v.reference(),
                        new NoticeInput(
                                "Dr Paul Girard",
                                "Expert",
                                "Évaluer l’aggravation",
                                LocalDate.of(2027, 3, 30),
                                LocalTime.of(9, 0),
                                "Lyon",
                                "Assurances du Sud",
                                true,
                                LocalDate.of(2027, 3, 1))));
        assertThat(examinationFacts.latestExamination(v.reference()))
                .as("initial cycle has no exam")
                .isEmpty();
        assertThat(examinationFacts.latestExamination(v.reference(), id)).isPresent();
        assertThat(claims.as(v.email(), () -> examinations.latest(v.reference()))
                        .orElseThrow()
                        .notice()
                        .examDate())
                .isEqualTo(LocalDate.of(2027, 3, 30));

        today(2027, 5, 3, 10);
        claims.as(
                agent,
                () -> offers.record(
                        v.reference(), OfferFixtures.complete(LocalDate.of(2027, 5, 3), OfferFixtures.typicalHeads())));
        OfferFile aggravationOffer = fixtures.latest(v.email(), v.reference());
        assertThat(aggravationOffer.forAggravation()).isTrue();
        assertThat(aggravationOffer.status())
                .as("a new offer, not the accepted initial one")
                .isEqualTo(OfferStatus.RECORDED);
        var review = claims.as(v.email(), () -> offers.review(v.reference())).orElseThrow();
        assertThat(review.timeliness().aggravation()).isTrue();
        assertThat(review.timeliness().checked())
                .as("no L211-9 deadline invented for an aggravation")
                .isEmpty();

        fixtures.accept(v); // Mon 3 May 2027 + 15 = Tue 18 May 2027
        AggravationOverview.Item item = claims.as(v.email(), () -> aggravations.overview(v.reference()))
                .aggravations()
                .get(0);
        assertThat(item.stage()).isEqualTo(Stage.WITHDRAWAL_PERIOD);
        assertThat(item.settlement().withdrawalEndsOn()).isEqualTo(LocalDate.of(2027, 5, 18));
        assertThat(settlementFacts
                        .standingSettlement(v.reference())
                        .orElseThrow()
                        .concludedOn())
                .as("the initial claim keeps its own settlement")
                .isEqualTo(LocalDate.of(2026, 12, 4));

        today(2027, 5, 19, 10);
        assertThat(claims.as(v.email(), () -> aggravations.overview(v.reference()))
                        .aggravations()
                        .get(0)
                        .stage())
                .isEqualTo(Stage.SETTLED);
    }

    @Test
    void anAggravationConsolidatedOn29FebruaryEndsItsTenYearsOn28FebruaryEvenASunday() {
        var v = settled("Théo Marchand");
        today(2027, 6, 1, 10);
        long id = claims.as(v.email(), () -> aggravations.declare(v.reference(), worse(LocalDate.of(2027, 5, 2))));
        today(2028, 3, 10, 10);
        assertThatThrownBy(() -> claims.as(v.email(), () -> {
                    aggravations.recordConsolidation(v.reference(), id, LocalDate.of(2028, 3, 11));
                    return 0;
                }))
                .isInstanceOfSatisfying(
                        UserInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("aggr.error.consolidationDate"));
        claims.as(v.email(), () -> {
            aggravations.recordConsolidation(v.reference(), id, LocalDate.of(2028, 2, 29));
            return 0;
        });

        AggravationOverview.Item item = claims.as(v.email(), () -> aggravations.overview(v.reference()))
                .aggravations()
                .get(0);
        assertThat(item.limitation().code()).isEqualTo(DeadlineCode.AGGRAVATION_LIMITATION);
        assertThat(item.limitation().dueDate()).isEqualTo(LIMITATION_29_FEB_2028);
        assertThat(item.limitation().shifted())
                .as("28 Feb 2038 is a Sunday, not moved")
                .isFalse();
        assertThat(item.limitation().nominalDate()).isEqualTo(LIMITATION_29_FEB_2028);
        // the claim's own legal clock (dashboard, reminders) carries it too
        var schedule = claims.as(
                v.email(), () -> deadlines.deadlinesOf(claimService.open(v.reference()), LocalDate.of(2028, 3, 10)));
        assertThat(schedule).anySatisfy(d -> {
            assertThat(d.deadline().code()).isEqualTo(DeadlineCode.AGGRAVATION_LIMITATION);
            assertThat(d.deadline().dueDate()).isEqualTo(LIMITATION_29_FEB_2028);
        });
        // the aggravation page gives that Sunday as the last day and says it is the prudent reading
        openAs(v.email(), "dossier/" + v.reference() + "/aggravation");
        assertThat(page())
                .contains("28 février 2038", "Lecture prudente retenue", "rien ne permet d’y compter")
                .doesNotContain("1 mars 2038");
    }

    /** 29 Feb 2028 + 10 years = 28 Feb 2038 (no 29th), a Sunday, kept (before the legal review: Mon 1 Mar 2038). */
    private static final LocalDate LIMITATION_29_FEB_2028 = LocalDate.of(2038, 2, 28);

    @Test
    void twoAggravationsInSequenceEachWithItsOwnTenYears() {
        var v = settled("Manon Lefort");
        String agent = claims.newUser(Role.AGENT, "Agent Séquence");
        today(2027, 3, 1, 10);
        long first = claims.as(v.email(), () -> aggravations.declare(v.reference(), worse(LocalDate.of(2027, 2, 1))));
        assertThatThrownBy(() -> claims.as(
                        v.email(), () -> aggravations.declare(v.reference(), worse(LocalDate.of(2027, 2, 20)))))
                .as("a double click or a second tab: the first aggravation is still open")
                .isInstanceOfSatisfying(UserInputException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("aggr.refusal.previousOpen");
                    assertThat(e.arguments()).containsExactly(1);
                });
        today(2027, 5, 3, 10);
        claims.as(agent, () -> {
            aggravations.recordConsolidation(v.reference(), first, LocalDate.of(2027, 4, 15));
            return 0;
        });
        claims.as(
                agent,
                () -> offers.record(
                        v.reference(), OfferFixtures.complete(LocalDate.of(2027, 5, 3), OfferFixtures.typicalHeads())));
        fixtures.accept(v);

        today(2030, 9, 2, 10);
        long second = claims.as(
                v.email(),
                () -> aggravations.declare(
                        v.reference(),
                        new AggravationInput(
                                AggravationNature.SITUATIONAL,
                                LocalDate.of(2030, 6, 1),
                                "J’ai perdu mon emploi à cause du genou.")));
        claims.as(v.email(), () -> {
            aggravations.recordConsolidation(v.reference(), second, LocalDate.of(2030, 8, 30));
            return 0;
        });
        var overview = claims.as(v.email(), () -> aggravations.overview(v.reference()));
        assertThat(overview.aggravations())
                .extracting(AggravationOverview.Item::number)
                .containsExactly(1, 2);
        assertThat(overview.aggravations().get(0).stage()).isEqualTo(Stage.SETTLED);
        assertThat(overview.aggravations().get(0).limitation().dueDate()).isEqualTo(LocalDate.of(2037, 4, 15));
        assertThat(overview.aggravations().get(1).stage()).isEqualTo(Stage.DECLARED);
        assertThat(overview.aggravations().get(1).limitation().dueDate()).isEqualTo(LocalDate.of(2040, 8, 30));
        assertThat(overview.aggravations().get(1).offer())
                .as("the second cycle starts with no offer")
                .isNull();
        assertThat(claims.as(v.email(), () -> offers.latest(v.reference()))).isEmpty();
    }
}
