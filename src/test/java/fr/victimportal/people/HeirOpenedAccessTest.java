package fr.victimportal.people;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import fr.victimportal.KaribuTest;
import fr.victimportal.account.Role;
import fr.victimportal.aggravation.Aggravations;
import fr.victimportal.claim.ClaimConsultations;
import fr.victimportal.claim.ClaimFamily;
import fr.victimportal.claim.ClaimFixtures;
import fr.victimportal.claim.ClaimNotFoundException;
import fr.victimportal.claim.ClaimRelatives;
import fr.victimportal.claim.ClaimService;
import fr.victimportal.claim.ClaimantAnswers;
import fr.victimportal.claim.model.ClaimantAnswersData;
import fr.victimportal.claim.model.KinLink;
import fr.victimportal.claim.model.Representation;
import fr.victimportal.correspondence.ClaimThreads;
import fr.victimportal.doctor.AssistingDoctors;
import fr.victimportal.expertise.Examinations;
import fr.victimportal.family.HeirOpeningFixtures;
import fr.victimportal.family.ui.HeirOpeningView;
import fr.victimportal.mandate.Mandates;
import fr.victimportal.medical.DocumentNotFoundException;
import fr.victimportal.offer.OfferFixtures;
import fr.victimportal.offer.OfferService;
import fr.victimportal.people.ViewAccessMatrixTest.Screen;
import fr.victimportal.shared.UserInputException;
import fr.victimportal.shared.ui.NotFoundView;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The rows {@link AccessMatrixTest} and {@link ViewAccessMatrixTest} cannot hold (their claim has a living victim):
 * the heir who opened the claim of a victim who died without an account (issue 24). They own the claim, yet once it is
 * sent they are to it what an invited heir is: never the direct victim (no acceptance or refusal of the victim's offer,
 * no victim's declaration, questionnaire, mandates or representation), their own answers and offer, the thread after
 * the death, and the invitations of the other heirs. A second heir the agent adds reads the same, and invites no one.
 */
class HeirOpenedAccessTest extends KaribuTest {

    private static final boolean A = true;
    private static final boolean D = false;

    @Autowired
    private ClaimFixtures fixtures;

    @Autowired
    private HeirOpeningFixtures opened;

    @Autowired
    private ClaimService claimService;

    @Autowired
    private OfferService offerService;

    @Autowired
    private ClaimConsultations consultations;

    @Autowired
    private Mandates mandates;

    @Autowired
    private Aggravations aggravations;

    @Autowired
    private AssistingDoctors doctors;

    @Autowired
    private Examinations examinations;

    @Autowired
    private ClaimantAnswers answers;

    @Autowired
    private ClaimThreads threads;

    @Autowired
    private ClaimRelatives relatives;

    @Autowired
    private ClaimFamily family;

    private String heir;
    private String agent;
    private String ref;
    private long victimsOffer;

    @BeforeEach
    void anHeirOpenedAndSentTheClaim() {
        today(2026, 11, 20, 10);
        fixtures.insurer();
        heir = fixtures.newUser(Role.VICTIM, "Léa Martin");
        agent = fixtures.newUser(Role.AGENT, "Agent Matrice");
        ref = opened.sentByHeir(heir, LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 12), KinLink.SPOUSE);
        // the offer to the direct victim (the deceased's own heads), as the handling insurer's agent copies it
        victimsOffer = fixtures.as(
                agent,
                () -> offerService.record(
                        ref, OfferFixtures.complete(LocalDate.of(2026, 11, 19), OfferFixtures.typicalHeads())));
    }

    private long offerVersion() {
        return fixtures.as(agent, () -> offerService.latest(ref).orElseThrow().version());
    }

    @Test
    void theOpeningHeirIsAnHeirNeverTheDirectVictim() {
        Map<String, Supplier<Object>> calls = new LinkedHashMap<>();
        calls.put("open the dashboard", () -> claimService.open(ref));
        calls.put("read the offer page (their own offers)", () -> offerService.latest(ref));
        calls.put("accept the victim's offer", () -> offerService.accept(ref, victimsOffer, offerVersion()));
        calls.put("refuse the victim's offer", () -> offerService.refuse(ref, victimsOffer, offerVersion()));
        calls.put(
                "record the victim's offer",
                () -> offerService.record(
                        ref, OfferFixtures.complete(LocalDate.of(2026, 11, 19), OfferFixtures.typicalHeads())));
        calls.put(
                "change who represents the victim",
                () -> claimService.saveRepresentation(
                        ref,
                        claimService.open(ref).version(),
                        new Representation(Representation.Person.MINOR, "Léo Martin", Representation.Role.PARENT)));
        calls.put("read the consultations", () -> consultations.consultations(ref, 5));
        calls.put("read the mandates", () -> mandates.ofClaim(ref));
        calls.put("read the aggravations", () -> aggravations.claim(ref));
        calls.put("read the assisting doctor", () -> doctors.state(ref));
        calls.put("read the examination", () -> examinations.claim(ref));
        calls.put(
                "save their own R211-38 answers",
                () -> answers.save(
                        ref,
                        answers.mine(ref).map(ClaimantAnswers.Sheet::version).orElse(ClaimantAnswers.NEW),
                        ClaimantAnswersData.EMPTY));
        calls.put("read every claimant's answers", () -> answers.all(ref));
        calls.put("open the thread (after the death)", () -> threads.open(ref));

        Map<String, Boolean> expected = new LinkedHashMap<>();
        expected.put("open the dashboard", A);
        expected.put("read the offer page (their own offers)", A);
        expected.put("accept the victim's offer", D);
        expected.put("refuse the victim's offer", D);
        expected.put("record the victim's offer", D);
        expected.put("change who represents the victim", D);
        expected.put("read the consultations", D);
        expected.put("read the mandates", D);
        expected.put("read the aggravations", D);
        expected.put("read the assisting doctor", D);
        expected.put("read the examination", D);
        expected.put("save their own R211-38 answers", A);
        expected.put("read every claimant's answers", D);
        expected.put("open the thread (after the death)", A);

        Map<String, Boolean> actual = new LinkedHashMap<>();
        calls.keySet().forEach(action -> actual.put(action, allowed(heir, calls.get(action))));
        assertThat(actual).containsExactlyInAnyOrderEntriesOf(expected);
        assertThat(fixtures.as(
                        agent, () -> offerService.latest(ref).orElseThrow().status()))
                .as("the victim's offer is as the agent recorded it")
                .hasToString("RECORDED");

        // the family: the opening heir invites the other heirs; nobody records the death twice
        assertThat(fixtures.as(heir, () -> relatives.mayInvite(ref))).isTrue();
        assertThat(fixtures.as(heir, () -> relatives.mayEnd(ref))).isFalse();
        assertThat(fixtures.as(heir, () -> family.mayRecordDeath(ref))).isFalse();
        assertThat(fixtures.as(heir, () -> family.heirAfterDeath(ref))).isTrue();
    }

    @Test
    void theOpeningHeirsScreensAreAnHeirsScreens() {
        Map<Screen, Boolean> expected = new LinkedHashMap<>();
        expected.put(Screen.DASHBOARD, A);
        expected.put(Screen.DECLARATION, D);
        expected.put(Screen.QUESTIONNAIRE, D);
        expected.put(Screen.DOCUMENTS, A);
        expected.put(Screen.HISTORY, D);
        expected.put(Screen.OFFER, A);
        expected.put(Screen.OFFER_RECORD, D);
        expected.put(Screen.MANDATES, D);
        expected.put(Screen.REPRESENTATION, D);
        expected.put(Screen.MESSAGES, A);
        expected.put(Screen.FAMILY_ANSWERS, A);
        Map<Screen, Boolean> actual = new LinkedHashMap<>();
        expected.keySet().forEach(screen -> actual.put(screen, opens(screen.path.replace("{ref}", ref), screen.view)));
        assertThat(actual).isEqualTo(expected);
        assertThat(opens("dossier/" + ref + "/deces", HeirOpeningView.class))
                .as("the first page of a sent claim")
                .isFalse();
    }

    private boolean opens(String path, Class<?> view) {
        startUi(Locale.FRENCH);
        login(heir, ClaimFixtures.PASSWORD);
        try {
            UI.getCurrent().navigate(path);
        } catch (MockAccessDeniedException denied) {
            return false;
        }
        Object shown = UI.getCurrent().getCurrentView();
        if (view.isInstance(shown)) {
            return true;
        }
        assertThat(shown).as(path).isInstanceOf(NotFoundView.class);
        return false;
    }

    private boolean allowed(String login, Supplier<Object> call) {
        try {
            fixtures.as(login, call::get);
            return true;
        } catch (ClaimNotFoundException | DocumentNotFoundException | AccessDeniedException denied) {
            return false;
        } catch (UserInputException refused) {
            String key = refused.messageKey().toLowerCase(Locale.ROOT);
            return !(key.endsWith("owneronly")
                    || key.endsWith("agentonly")
                    || key.endsWith("claimantonly")
                    || key.endsWith("agentrecords")
                    || key.equals("claim.error.readonly"));
        }
    }
}
