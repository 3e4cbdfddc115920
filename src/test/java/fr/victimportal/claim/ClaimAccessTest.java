package fr.victimportal.claim;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextField;
import fr.victimportal.KaribuTest;
import fr.victimportal.account.Role;
import fr.victimportal.account.SentToLogin;
import fr.victimportal.claim.model.ProcedureDates;
import fr.victimportal.claim.model.VictimRole;
import fr.victimportal.claim.ui.DashboardView;
import fr.victimportal.claim.ui.DeclarationView;
import fr.victimportal.claim.ui.QuestionnaireView;
import fr.victimportal.shared.ui.NotFoundView;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/** Every role against every claim view, including another person's reference typed into the URL. */
class ClaimAccessTest extends KaribuTest {

    @Autowired
    private ClaimFixtures fixtures;

    private String owner;
    private String ref;

    @BeforeEach
    void aSubmittedClaim() {
        owner = fixtures.newUser(Role.VICTIM, "Chloé Marchand");
        ref = fixtures.submittedClaim(owner, LocalDate.of(2026, 9, 14), new ProcedureDates(null, null, null, null));
    }

    static List<String> views(String ref) {
        return List.of("dossier/" + ref, "declaration/" + ref + "/1", "dossier/" + ref + "/questionnaire");
    }

    static final List<Class<?>> VIEW_CLASSES =
            List.of(DashboardView.class, DeclarationView.class, QuestionnaireView.class);

    static List<Arguments> claimViews() {
        return List.of(Arguments.of(0), Arguments.of(1), Arguments.of(2));
    }

    @ParameterizedTest
    @MethodSource("claimViews")
    void theOwnerOpensEveryViewOfTheirClaim(int view) {
        login(owner, ClaimFixtures.PASSWORD);
        UI.getCurrent().navigate(views(ref).get(view));
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(VIEW_CLASSES.get(view));
    }

    @ParameterizedTest
    @MethodSource("claimViews")
    void anotherVictimTypingTheReferenceGetsNotFound(int view) {
        String intruder = fixtures.newUser(Role.VICTIM, "Marc Intrus");
        login(intruder, ClaimFixtures.PASSWORD);
        UI.getCurrent().navigate(views(ref).get(view));
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(NotFoundView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Page introuvable");
    }

    @ParameterizedTest
    @MethodSource("claimViews")
    void aHelperWithoutMandateGetsNotFound(int view) {
        String helper = fixtures.newUser(Role.HELPER, "Asso Sans Mandat");
        login(helper, ClaimFixtures.PASSWORD);
        UI.getCurrent().navigate(views(ref).get(view));
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @ParameterizedTest
    @MethodSource("claimViews")
    void doctorsCannotOpenTheVictimsScreens(int view) {
        for (Role role : List.of(Role.DOCTOR, Role.EXPERT)) {
            startUi(Locale.FRENCH);
            login(fixtures.newUser(role, "Dr Test"), ClaimFixtures.PASSWORD);
            assertThatThrownBy(() -> UI.getCurrent().navigate(views(ref).get(view)))
                    .isInstanceOf(MockAccessDeniedException.class);
        }
    }

    @ParameterizedTest
    @MethodSource("claimViews")
    void anAnonymousVisitorIsSentToLogin(int view) {
        UI.getCurrent().navigate(views(ref).get(view));
        assertThat(SentToLogin.now()).as("sent to the sign-in page").isTrue();
    }

    @ParameterizedTest
    @MethodSource("claimViews")
    void anAgentSeesTheVictimsScreensReadOnly(int view) {
        login(fixtures.newUser(Role.AGENT, "Agent Test"), ClaimFixtures.PASSWORD);
        reasonGiven(ref);
        UI.getCurrent().navigate(views(ref).get(view));
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(VIEW_CLASSES.get(view));
        _find(TextField.class)
                .forEach(f -> assertThat(f.isReadOnly()).as(f.getLabel()).isTrue());
        assertThat(_find(Anchor.class)).extracting(Anchor::getText).doesNotContain("Corriger ma déclaration");
    }

    @Test
    void anAgentCannotSeeADraft() {
        String drafter = fixtures.newUser(Role.VICTIM, "Brouillon");
        String draft = fixtures.as(
                drafter, () -> applicationContext.getBean(ClaimService.class).startOrResumeDeclaration());
        openAs(fixtures.newUser(Role.AGENT, "Agent Test"), "declaration/" + draft + "/1");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    void anUnknownReferenceIsNotFoundToo() {
        openAs(owner, "dossier/VP-ZZZZ-ZZZZ");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    void theServiceRefusesAnAgentWritingTheVictimsAnswers() {
        String agent = fixtures.newUser(Role.AGENT, "Agent Test");
        ClaimService claims = applicationContext.getBean(ClaimService.class);
        fixtures.as(agent, () -> {
            long version = claims.open(ref).version();
            assertThatThrownBy(() -> claims.saveAccident(
                            ref, version, ClaimFixtures.accident(LocalDate.of(2026, 9, 1), VictimRole.DRIVER)))
                    .hasMessageContaining("claim.error.readOnly");
            return null;
        });
        assertThat(fixtures.as(owner, () -> claims.open(ref).accident().date())).isEqualTo(LocalDate.of(2026, 9, 14));
        assertThat(DashboardView.class).isNotNull();
    }
}
