package fr.victimportal.claim;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import fr.victimportal.KaribuTest;
import fr.victimportal.correspondence.ClaimThreads;
import fr.victimportal.correspondence.DocumentRequests;
import fr.victimportal.correspondence.RequestItem;
import fr.victimportal.medical.MedicalFixtures;
import fr.victimportal.medical.MedicalFixtures.Cast;
import fr.victimportal.medical.NewDocument;
import fr.victimportal.medical.TestFiles;
import fr.victimportal.shared.CorrespondenceSummary;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The claim's thread as the dashboard shows it (issue 23): the "Messages" block with the unread lines, the open
 * document requests and their first due date, the link to the thread; the requests among the victim's next actions.
 * Each reader counts their own unread lines; an agent has no request to answer. In French and in English.
 */
class MessagesOnDashboardTest extends KaribuTest {

    private static final Logger log = LoggerFactory.getLogger(MessagesOnDashboardTest.class);

    @Autowired
    private ClaimFixtures fixtures;

    @Autowired
    private MedicalFixtures medical;

    @Autowired
    private ClaimThreads threads;

    @Autowired
    private DocumentRequests requests;

    @Autowired
    private CorrespondenceSummary summary;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private EntityManagerFactory emf;

    private Cast cast;

    @BeforeEach
    void aClaimWithItsPeople() {
        today(2026, 11, 23, 9);
        cast = medical.claimWithParticipants();
    }

    private long ask(RequestItem item, LocalDate due) {
        return fixtures.as(
                cast.agent(),
                () -> requests.create(cast.reference(), item, null, "Pour évaluer votre préjudice.", due));
    }

    private void agentWrites(String text) {
        fixtures.as(cast.agent(), () -> threads.post(cast.reference(), text, List.of(), List.of(), List.of()));
    }

    private static String block() {
        return text(_get(Section.class, s -> s.withClasses("messages-summary")));
    }

    private static List<ListItem> requestActions() {
        return _find(ListItem.class, li -> li.withClasses("open-requests"));
    }

    private String messagesPath() {
        return "dossier/" + cast.reference() + "/messages";
    }

    @Test
    void eachReaderSeesTheirUnreadLinesAndTheVictimsSideTheRequestsToAnswer() {
        long payslips = ask(RequestItem.PAYSLIPS, LocalDate.of(2026, 12, 21));
        ask(RequestItem.TAX_NOTICE, LocalDate.of(2026, 12, 7));
        agentWrites("Bonjour, pouvez-vous nous envoyer ces documents ?");

        // two requests and a message: three lines the victim has not seen
        openAs(cast.victim(), "dossier/" + cast.reference());
        assertThat(block())
                .startsWith("Messages")
                .contains(
                        "3 nouveaux messages",
                        "2 demandes de documents en attente, la première pour le 7 décembre 2026",
                        "Ouvrir la messagerie");
        assertThat(_get(Anchor.class, a -> a.withText("Ouvrir la messagerie")).getHref())
                .isEqualTo(messagesPath());
        assertThat(requestActions()).singleElement().satisfies(li -> {
            assertThat(text(li))
                    .isEqualTo(
                            "Répondre aux 2 demandes de documents de l’assureur (la première pour le 7 décembre 2026)");
            assertThat(_get(li, Anchor.class, a -> {}).getHref()).isEqualTo(messagesPath());
        });

        // the victim reads the thread and answers the pay slips: nothing new, one request left
        fixtures.as(cast.victim(), () -> {
            threads.markRead(cast.reference(), Long.MAX_VALUE);
            requests.answerWithUpload(
                    payslips,
                    new NewDocument(
                            "paie.pdf",
                            TestFiles.pdf(),
                            null,
                            null,
                            LocalDate.of(2026, 11, 1),
                            "Bulletin de novembre"));
            return null;
        });
        UI().navigate("dossier/" + cast.reference());
        assertThat(block())
                .contains("Aucun nouveau message", "1 demande de documents en attente, pour le 7 décembre 2026")
                .doesNotContain("nouveaux messages");
        assertThat(requestActions())
                .singleElement()
                .extracting(KaribuTest::text)
                .isEqualTo("Répondre à la demande de documents de l’assureur (pour le 7 décembre 2026)");

        // the caseworker (mandate with the correspondence) has read nothing: the four lines, the same request
        logout();
        openAs(cast.helper(), "dossier/" + cast.reference());
        assertThat(block()).contains("4 nouveaux messages", "1 demande de documents en attente");
        assertThat(requestActions()).hasSize(1);

        // the agent: the victim's answer is new to them; they asked, they have nothing to answer
        logout();
        login(cast.agent(), ClaimFixtures.PASSWORD);
        reasonGiven(cast.reference());
        UI().navigate("dossier/" + cast.reference());
        assertThat(block()).contains("1 nouveau message", "1 demande de documents en attente, pour le 7 décembre 2026");
        assertThat(requestActions()).isEmpty();
    }

    @Test
    void anEmptyThreadSaysSoAndTheBlockCostsAFewQueries() {
        openAs(cast.victim(), "dossier/" + cast.reference());
        assertThat(block())
                .contains("Aucun nouveau message", "Ouvrir la messagerie")
                .doesNotContain("demande");
        assertThat(requestActions()).isEmpty();

        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        boolean was = stats.isStatisticsEnabled();
        stats.setStatisticsEnabled(true);
        try {
            stats.clear();
            UI().navigate("dossier/" + cast.reference());
            long dashboard = stats.getPrepareStatementCount();
            stats.clear();
            fixtures.as(cast.victim(), () -> summary.of(cast.reference()));
            long queries = stats.getPrepareStatementCount();
            log.info("Dashboard of a claim with an empty thread: {} SQL queries in all", dashboard);
            log.info(
                    "Dashboard's Messages block: {} SQL queries for the summary (with the test's sign-in lookup)",
                    queries);
            // the test's sign-in lookup, and one statement for the block (the dashboard's budget, issue 25, is 2)
            assertThat(queries).isLessThanOrEqualTo(2);
        } finally {
            stats.setStatisticsEnabled(was);
        }
    }

    @Test
    void aDraftHasNoThreadYet() {
        String victim = fixtures.newUser(fr.victimportal.account.Role.VICTIM, "Brouillon Victime");
        String draft = fixtures.as(
                victim, () -> applicationContext.getBean(ClaimService.class).startOrResumeDeclaration());
        openAs(victim, "dossier/" + draft);
        assertThat(_find(Section.class, s -> s.withClasses("messages-summary"))).isEmpty();
        assertThat(page()).doesNotContain("Ouvrir la messagerie");
    }

    @Test
    void inEnglish() {
        jdbc.update("update app_user set preferred_language = 'en' where email = ?", cast.victim());
        ask(RequestItem.PAYSLIPS, LocalDate.of(2026, 12, 7));
        agentWrites("Hello, could you send us your pay slips?");
        startUi(Locale.ENGLISH);
        openAs(cast.victim(), "dossier/" + cast.reference());
        assertThat(block())
                .startsWith("Messages")
                .contains("2 new messages", "1 document request pending, due December 7, 2026", "Open the messages");
        assertThat(requestActions())
                .singleElement()
                .extracting(KaribuTest::text)
                .isEqualTo("Answer the document request from the insurer (due December 7, 2026)");
    }

    private static com.vaadin.flow.component.UI UI() {
        return com.vaadin.flow.component.UI.getCurrent();
    }
}
