package fr.victimportal.correspondence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.victimportal.IntegrationTest;
import fr.victimportal.claim.ClaimFixtures;
import fr.victimportal.claim.ClaimNotFoundException;
import fr.victimportal.claim.model.Relation;
import fr.victimportal.correspondence.domain.DocumentRequest.State;
import fr.victimportal.medical.DocumentClass;
import fr.victimportal.medical.DocumentType;
import fr.victimportal.medical.MedicalFixtures;
import fr.victimportal.medical.MedicalFixtures.Cast;
import fr.victimportal.medical.NewDocument;
import fr.victimportal.medical.TestFiles;
import fr.victimportal.shared.UserInputException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The thread and the document requests at the service: what each member may write, what bad input is refused with
 * (and that nothing is kept), and what the database holds after each step.
 */
class ClaimThreadsTest extends IntegrationTest {

    @Autowired
    private ClaimFixtures fixtures;

    @Autowired
    private MedicalFixtures medical;

    @Autowired
    private ClaimThreads threads;

    @Autowired
    private DocumentRequests requests;

    @Autowired
    private JdbcTemplate jdbc;

    private Cast cast;

    @BeforeEach
    void aClaimWithItsPeople() {
        cast = medical.claimWithParticipants();
    }

    private long lines() {
        return jdbc.queryForObject(
                "select count(*) from claim_message m join claim c on c.id = m.claim_id where c.reference = ?",
                Long.class,
                cast.reference());
    }

    @Test
    void theVictimAndTheAgentWriteAndEachSeesTheOtherUnread() {
        fixtures.as(
                cast.victim(),
                () -> threads.post(
                        cast.reference(), "Bonjour, où en est mon dossier ?", List.of(), List.of(), List.of()));
        long unread = fixtures.as(cast.agent(), () -> threads.unread(cast.reference()));
        assertThat(unread).isEqualTo(1);
        List<ThreadLine> page = fixtures.as(cast.agent(), () -> threads.page(cast.reference(), Long.MAX_VALUE, 30));
        assertThat(page).singleElement().satisfies(l -> {
            assertThat(l.body()).isEqualTo("Bonjour, où en est mon dossier ?");
            assertThat(l.authorRole()).isEqualTo(Relation.OWNER);
            assertThat(l.unread()).isTrue();
            assertThat(l.mine()).isFalse();
        });
        fixtures.as(cast.agent(), () -> {
            threads.markRead(cast.reference(), page.getFirst().id());
            return null;
        });
        assertThat(fixtures.as(cast.agent(), () -> threads.unread(cast.reference())))
                .isZero();
        assertThat(fixtures.as(cast.victim(), () -> threads.unread(cast.reference())))
                .isZero();
    }

    @Test
    void badMessagesAreRefusedAndNothingIsKept() {
        assertThatThrownBy(() -> fixtures.as(
                        cast.victim(), () -> threads.post(cast.reference(), "   ", List.of(), List.of(), List.of())))
                .isInstanceOf(UserInputException.class)
                .hasFieldOrPropertyWithValue("messageKey", "correspondence.error.empty");
        assertThatThrownBy(() -> fixtures.as(
                        cast.victim(),
                        () -> threads.post(cast.reference(), "x".repeat(10_001), List.of(), List.of(), List.of())))
                .isInstanceOf(UserInputException.class)
                .hasFieldOrPropertyWithValue("messageKey", "correspondence.error.tooLong");
        NewDocument exe = new NewDocument(
                "virus.pdf",
                TestFiles.executable(),
                DocumentClass.FINANCIAL,
                DocumentType.PAYSLIP,
                LocalDate.of(2026, 10, 6),
                "Bulletin");
        assertThatThrownBy(() -> fixtures.as(
                        cast.victim(),
                        () -> threads.post(cast.reference(), "Voici", List.of(exe), List.of(), List.of())))
                .isInstanceOf(UserInputException.class);
        assertThat(lines()).isZero();
    }

    @Test
    void doctorsDoNotSeeTheThread() {
        for (String doctor : List.of(cast.doctor(), cast.expert())) {
            assertThatThrownBy(() -> fixtures.as(doctor, () -> threads.open(cast.reference())))
                    .isInstanceOf(ClaimNotFoundException.class);
        }
        assertThat(fixtures.as(cast.helper(), () -> threads.open(cast.reference()))
                        .viewer())
                .isEqualTo(Relation.HELPER);
    }

    @Test
    void aRequestIsAnsweredOnceAndAMedicalOneGoesToTheExaminingDoctorOnly() {
        LocalDate due = LocalDate.now(clock).plusDays(14);
        long payslip = fixtures.as(
                cast.agent(),
                () -> requests.create(
                        cast.reference(), RequestItem.PAYSLIPS, null, "Pour calculer la perte de revenus.", due));
        long certificate = fixtures.as(
                cast.agent(),
                () -> requests.create(
                        cast.reference(), RequestItem.INITIAL_MEDICAL_CERTIFICATE, null, "R211-37.", due));
        assertThatThrownBy(() -> fixtures.as(
                        cast.agent(),
                        () -> requests.create(cast.reference(), RequestItem.PAYSLIPS, null, "Deuxième clic.", due)))
                .hasFieldOrPropertyWithValue("messageKey", "correspondence.request.error.duplicate");
        assertThatThrownBy(() -> fixtures.as(
                        cast.agent(),
                        () -> requests.create(
                                cast.reference(), RequestItem.TAX_NOTICE, null, "Avis 2025.", due.minusDays(30))))
                .hasFieldOrPropertyWithValue("messageKey", "correspondence.request.error.duePast");

        fixtures.as(cast.victim(), () -> {
            requests.answerWithUpload(
                    payslip,
                    new NewDocument(
                            "paie.pdf",
                            TestFiles.pdf(),
                            null,
                            null,
                            LocalDate.of(2026, 10, 1),
                            "Bulletin de paie d’octobre"));
            return null;
        });
        assertThatThrownBy(() -> fixtures.as(cast.victim(), () -> {
                    requests.refuse(payslip, "Deuxième onglet.");
                    return null;
                }))
                .hasFieldOrPropertyWithValue("messageKey", "correspondence.request.error.closed");
        fixtures.as(cast.victim(), () -> {
            requests.refuse(certificate, "Je le donnerai au médecin de l’assureur lors de l’examen.");
            return null;
        });
        List<RequestView> seen = fixtures.as(cast.agent(), () -> requests.list(cast.reference()));
        assertThat(seen).extracting(RequestView::state).containsExactly(State.REFUSED, State.ANSWERED);
        assertThat(seen.get(1).mayOpen()).isTrue();
        assertThat(seen.get(1).documentTitle()).isEqualTo("Bulletin de paie d’octobre");
        // requested twice, answered, refused: four dated lines in the thread
        assertThat(lines()).isEqualTo(4);
    }

    @Test
    void anAgentOfAnotherInsurerLearnsNothing() {
        fixtures.insurer("OTHER-THREAD", "Assurances du fil voisin");
        String other = fixtures.newUser(fr.victimportal.account.Role.AGENT, "Autre Agent");
        jdbc.update(
                "update app_user set insurer_id = (select id from insurer where identifier = 'OTHER-THREAD') where email = ?",
                other);
        assertThatThrownBy(() -> fixtures.as(other, () -> threads.open(cast.reference())))
                .isInstanceOf(ClaimNotFoundException.class);
    }

    @Test
    void aCaseworkerWithTheCorrespondenceScopeOnlyReadsAThreadWithAttachmentsAndAnsweredRequests() {
        jdbc.update(
                "update claim_participant set scope = 'CORRESPONDENCE' where user_id ="
                        + " (select id from app_user where email = ?)",
                cast.helper());
        NewDocument payslip = new NewDocument(
                "paie.pdf",
                TestFiles.pdf(),
                DocumentClass.FINANCIAL,
                DocumentType.PAYSLIP,
                LocalDate.of(2026, 10, 1),
                "Bulletin d’octobre");
        fixtures.as(
                cast.victim(),
                () -> threads.post(cast.reference(), "Voici mon bulletin.", List.of(payslip), List.of(), List.of()));
        long request = fixtures.as(
                cast.agent(),
                () -> requests.create(
                        cast.reference(),
                        RequestItem.INVOICES,
                        null,
                        "Les factures de pharmacie.",
                        LocalDate.now(clock).plusDays(10)));
        fixtures.as(cast.victim(), () -> {
            requests.answerWithUpload(
                    request,
                    new NewDocument(
                            "facture.pdf",
                            TestFiles.pdf(),
                            null,
                            null,
                            LocalDate.of(2026, 10, 2),
                            "Facture de pharmacie"));
            return null;
        });

        List<ThreadLine> seen = fixtures.as(cast.helper(), () -> threads.page(cast.reference(), Long.MAX_VALUE, 30));
        assertThat(seen).hasSize(3);
        // the attachment is listed; it opens only if the victim shares it with the caseworker, like any document
        assertThat(seen.getLast().attachments()).singleElement().satisfies(a -> {
            assertThat(a.title()).isEqualTo("Bulletin d’octobre");
            assertThat(a.mayOpen()).isFalse();
        });
        assertThat(fixtures.as(cast.helper(), () -> requests.list(cast.reference())))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.state()).isEqualTo(State.ANSWERED);
                    assertThat(r.mayOpen()).isFalse();
                });
        List<ThreadLine> agentSees =
                fixtures.as(cast.agent(), () -> threads.page(cast.reference(), Long.MAX_VALUE, 30));
        assertThat(agentSees.getLast().attachments().getFirst().mayOpen()).isTrue();
    }

    @Test
    void onePersonWritesAtMostFiftyMessagesADayOnAClaim() {
        for (int i = 0; i < ClaimThreads.MAX_PER_DAY; i++) {
            String text = "Message " + i;
            fixtures.as(cast.victim(), () -> threads.post(cast.reference(), text, List.of(), List.of(), List.of()));
        }
        assertThatThrownBy(() -> fixtures.as(
                        cast.victim(),
                        () -> threads.post(cast.reference(), "Un de plus", List.of(), List.of(), List.of())))
                .hasFieldOrPropertyWithValue("messageKey", "correspondence.error.tooMany");
        assertThat(lines()).isEqualTo(ClaimThreads.MAX_PER_DAY);
        // the agent is not bound by the victim's count, and the next day the victim writes again
        fixtures.as(cast.agent(), () -> threads.post(cast.reference(), "Bien reçu.", List.of(), List.of(), List.of()));
        clock.advance(java.time.Duration.ofDays(1));
        fixtures.as(
                cast.victim(), () -> threads.post(cast.reference(), "Le lendemain", List.of(), List.of(), List.of()));
        assertThat(lines()).isEqualTo(ClaimThreads.MAX_PER_DAY + 2);
    }
}
