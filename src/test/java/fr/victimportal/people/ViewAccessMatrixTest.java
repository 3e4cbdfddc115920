package fr.victimportal.people;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Section;
import fr.victimportal.KaribuTest;
import fr.victimportal.account.SentToLogin;
import fr.victimportal.account.ui.AccountView;
import fr.victimportal.aggravation.ui.AggravationView;
import fr.victimportal.claim.ClaimFixtures;
import fr.victimportal.claim.ui.AgentClaimsView;
import fr.victimportal.claim.ui.ConsultationReasonView;
import fr.victimportal.claim.ui.DashboardView;
import fr.victimportal.claim.ui.DeclarationView;
import fr.victimportal.claim.ui.InsurerView;
import fr.victimportal.claim.ui.QuestionnaireView;
import fr.victimportal.claim.ui.RepresentationView;
import fr.victimportal.correspondence.ui.MessagesView;
import fr.victimportal.doctor.ui.AssistingDoctorView;
import fr.victimportal.expertise.ui.ExaminationView;
import fr.victimportal.family.ui.ClaimantAnswersView;
import fr.victimportal.mandate.ui.MandateView;
import fr.victimportal.mandate.ui.MembersView;
import fr.victimportal.medical.ui.AccessLogView;
import fr.victimportal.medical.ui.DocumentsView;
import fr.victimportal.medical.ui.SharedWithMeView;
import fr.victimportal.offer.OfferFixtures;
import fr.victimportal.offer.ui.OfferRecordView;
import fr.victimportal.offer.ui.OfferView;
import fr.victimportal.people.AccessCast.Who;
import fr.victimportal.shared.ui.NotFoundView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every role against every screen, on one victim's claim, with the expected outcome written as a table: the screen
 * opens (S), "page not found" (N, as for a reference that does not exist), refused by the screen's roles (D), or the
 * sign-in page (L). The "other" rows type a claim reference that is not theirs into the URL. Agents are tested as
 * having given their reason (the reason page itself is tested in AgentQueueAndReasonTest).
 */
class ViewAccessMatrixTest extends KaribuTest {

    enum Outcome {
        S,
        N,
        D,
        L
    }

    /** The screens (columns), each with its path pattern ({ref} is the claim) and the view class it shows. */
    enum Screen {
        DASHBOARD("dossier/{ref}", DashboardView.class),
        DECLARATION("declaration/{ref}/1", DeclarationView.class),
        QUESTIONNAIRE("dossier/{ref}/questionnaire", QuestionnaireView.class),
        DOCUMENTS("dossier/{ref}/documents", DocumentsView.class),
        HISTORY("dossier/{ref}/documents/journal", AccessLogView.class),
        ASSISTING_DOCTOR("dossier/{ref}/medecin", AssistingDoctorView.class),
        EXAMINATION("dossier/{ref}/examen", ExaminationView.class),
        OFFER("dossier/{ref}/offre", OfferView.class),
        OFFER_RECORD("dossier/{ref}/offre/saisie", OfferRecordView.class),
        AGGRAVATION("dossier/{ref}/aggravation", AggravationView.class),
        MANDATES("dossier/{ref}/mandats", MandateView.class),
        REPRESENTATION("dossier/{ref}/representation", RepresentationView.class),
        AGENT_REASON("agent/motif/{ref}", ConsultationReasonView.class),
        AGENT_QUEUE("agent/dossiers", AgentClaimsView.class),
        MEMBERS("adherents", MembersView.class),
        SHARED_WITH_ME("documents-partages", SharedWithMeView.class),
        ACCOUNT("mon-compte", AccountView.class),
        MESSAGES("dossier/{ref}/messages", MessagesView.class),
        FAMILY_ANSWERS("dossier/{ref}/famille/mes-reponses", ClaimantAnswersView.class),
        INSURER("dossier/{ref}/assureur", InsurerView.class);

        final String path;
        final Class<?> view;

        Screen(String path, Class<?> view) {
            this.path = path;
            this.view = view;
        }
    }

    private static final Outcome S = Outcome.S;
    private static final Outcome N = Outcome.N;
    private static final Outcome D = Outcome.D;
    private static final Outcome L = Outcome.L;

    private static final Map<Who, List<Outcome>> EXPECTED = new LinkedHashMap<>();

    static {
        //                                 dash decl ques docs hist doct exam offr rec  aggr mand repr why  queue memb
        // shar acct msgs answ insr (the messages page: doctors are "not found", like a claim that is not theirs; the
        // insurer page: only the owner and the handling insurer's agent act there, a relative reads "not found")
        EXPECTED.put(Who.ANONYMOUS, List.of(L, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L));
        EXPECTED.put(Who.OWNER, List.of(S, S, S, S, S, S, S, S, S, S, S, S, D, D, D, D, S, S, N, S));
        EXPECTED.put(Who.OTHER_VICTIM, List.of(N, N, N, N, N, N, N, N, N, N, N, N, D, D, D, D, S, N, N, N));
        EXPECTED.put(Who.HELPER_ALL, List.of(S, S, S, S, D, S, S, S, S, S, D, D, D, D, S, S, S, S, D, D));
        EXPECTED.put(Who.HELPER_MAIL_ONLY, List.of(S, S, S, N, D, N, N, S, S, S, D, D, D, D, S, S, S, S, D, D));
        EXPECTED.put(Who.HELPER_NO_MAIL, List.of(S, S, S, S, D, S, S, N, N, N, D, D, D, D, S, S, S, N, D, D));
        EXPECTED.put(Who.HELPER_REVOKED, List.of(N, N, N, N, D, N, N, N, N, N, D, D, D, D, S, S, S, N, D, D));
        EXPECTED.put(Who.AGENT_SAME_INSURER, List.of(S, S, S, S, D, S, S, S, S, S, D, D, S, S, D, D, S, S, S, S));
        // their own queue opens (without this claim: AccessMatrixTest); every screen of the claim is "not found"
        EXPECTED.put(Who.AGENT_OTHER_INSURER, List.of(N, N, N, N, D, N, N, N, N, N, D, D, N, S, D, D, S, N, N, N));
        // the administrator of the claim's own insurer opens none of it: refused by the screen's roles, or "not found"
        // where the screen is open to every signed-in role and the service decides (doctor, examination, aggravation)
        EXPECTED.put(Who.INSURER_ADMIN, List.of(D, D, D, D, D, N, N, D, D, N, D, D, D, D, D, D, S, D, D, D));
        EXPECTED.put(Who.DOCTOR, List.of(D, D, D, S, D, S, S, D, D, S, D, D, D, D, D, S, S, N, D, D));
        EXPECTED.put(Who.EXPERT, List.of(D, D, D, S, D, S, S, D, D, S, D, D, D, D, D, S, S, N, D, D));
        // a relative of the living victim (issue 24): their own R211-38 answers and their own offer (none yet: the
        // page says so); the victim's declaration and questionnaire (income, injuries), the offer record page and the
        // messages stay "not found"
        EXPECTED.put(Who.RELATIVE, List.of(S, N, N, S, N, N, N, S, N, N, N, N, D, D, D, D, S, N, S, N));
        EXPECTED.put(Who.OTHER_DOCTOR, List.of(D, D, D, N, D, N, N, D, D, N, D, D, D, D, D, S, S, N, D, D));
    }

    @Autowired
    private OfferFixtures offers;

    @Autowired
    private AccessCast cast;

    @Test
    void everyRoleAgainstEveryScreenGivesTheOutcomeInTheTable() {
        var v = offers.victim("Écran Victime");
        Map<Who, String> login = cast.around(v);

        Map<Who, List<Outcome>> actual = new LinkedHashMap<>();
        for (Who who : Who.values()) {
            List<Outcome> row = new ArrayList<>();
            for (Screen screen : Screen.values()) {
                row.add(open(who, login.get(who), screen, v.reference()));
            }
            actual.put(who, row);
        }
        StringBuilder table = new StringBuilder();
        actual.forEach((who, row) -> table.append(String.format("%-20s %s%n", who, row)));
        assertThat(actual).as("actual table:%n%s", table).isEqualTo(EXPECTED);
        assertThat(EXPECTED.values().stream().mapToInt(List::size).sum())
                .isEqualTo(Who.values().length * Screen.values().length);
    }

    /**
     * The dashboard's "Messages" block (the claim's thread, issue 23) among those who open the dashboard: the victim,
     * the caseworkers whose mandate covers the correspondence and the handling insurer's agent; not a caseworker
     * without it (doctors do not open the dashboard, see the table above).
     */
    @Test
    void theDashboardShowsTheMessagesBlockToTheThreadsReadersOnly() {
        var v = offers.victim("Bloc Victime");
        Map<Who, String> login = cast.around(v);
        Map<Who, Boolean> shown = new LinkedHashMap<>();
        for (Who who : Who.values()) {
            if (open(who, login.get(who), Screen.DASHBOARD, v.reference()) == Outcome.S) {
                shown.put(
                        who,
                        !_find(Section.class, s -> s.withClasses("messages-summary"))
                                .isEmpty());
            }
        }
        assertThat(shown)
                .containsExactly(
                        Map.entry(Who.OWNER, true),
                        Map.entry(Who.HELPER_ALL, true),
                        Map.entry(Who.HELPER_MAIL_ONLY, true),
                        Map.entry(Who.HELPER_NO_MAIL, false),
                        Map.entry(Who.AGENT_SAME_INSURER, true),
                        Map.entry(Who.RELATIVE, false));
    }

    /**
     * The dashboard's link to the insurer page (issue 25: the forms left the dashboard) is shown to those who act
     * there only: the owner (the insurer has not acted yet) and the handling insurer's agent.
     */
    @Test
    void theDashboardLinksToTheInsurerPageForThoseWhoActThereOnly() {
        var v = offers.victim("Lien Victime");
        Map<Who, String> login = cast.around(v);
        Map<Who, List<String>> links = new LinkedHashMap<>();
        for (Who who : Who.values()) {
            if (open(who, login.get(who), Screen.DASHBOARD, v.reference()) == Outcome.S) {
                links.put(
                        who,
                        _find(Anchor.class, a -> a.withClasses("action-link")).stream()
                                .filter(a -> a.getHref().endsWith("/assureur"))
                                .map(Anchor::getText)
                                .toList());
            }
        }
        assertThat(links)
                .containsExactly(
                        Map.entry(Who.OWNER, List.of("Changer d’assureur")),
                        Map.entry(Who.HELPER_ALL, List.of()),
                        Map.entry(Who.HELPER_MAIL_ONLY, List.of()),
                        Map.entry(Who.HELPER_NO_MAIL, List.of()),
                        Map.entry(Who.AGENT_SAME_INSURER, List.of("Transférer le dossier")),
                        Map.entry(Who.RELATIVE, List.of()));
    }

    private Outcome open(Who who, String login, Screen screen, String reference) {
        startUi(Locale.FRENCH);
        if (who != Who.ANONYMOUS) {
            login(login, ClaimFixtures.PASSWORD);
            if (who == Who.AGENT_SAME_INSURER || who == Who.AGENT_OTHER_INSURER) {
                // as if they had given a reason: the other insurer's agent still finds nothing
                reasonGiven(reference);
            }
        }
        try {
            UI.getCurrent().navigate(screen.path.replace("{ref}", reference));
        } catch (MockAccessDeniedException denied) {
            return Outcome.D;
        }
        if (SentToLogin.now()) {
            return Outcome.L;
        }
        Object view = UI.getCurrent().getCurrentView();
        if (screen.view.isInstance(view)) {
            return Outcome.S;
        }
        if (view instanceof NotFoundView) {
            return Outcome.N;
        }
        throw new AssertionError(
                who + " on " + screen + " landed on " + view.getClass().getSimpleName());
    }
}
