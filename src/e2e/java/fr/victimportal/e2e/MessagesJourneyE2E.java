package fr.victimportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import fr.victimportal.e2e.Browser.Viewport;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 23: the South insurer's agent asks a new victim for the initial medical certificate and pay slips; the victim
 * sees the open requests on the dashboard, sends a PDF for the pay slips and declines the certificate with the
 * medical-secrecy explanation and the consequence shown; the agent then sees one request answered (with the file to
 * download) and one refused (with the reason). On a phone and on a desktop, axe-core on the three key pages.
 */
class MessagesJourneyE2E {

    private static final PortalJar PORTAL = PortalJar.get();
    private static final String CERTIFICATE = "Certificat médical initial";
    private static final String PAYSLIPS = "Bulletins de salaire";

    @ParameterizedTest
    @EnumSource(Viewport.class)
    void theAgentRequestsTwoDocumentsTheVictimSendsOneAndDeclinesTheMedicalOneAndTheAgentSeesBoth(Viewport viewport)
            throws Exception {
        NewVictim victim = NewVictim.named("Inès Garnier", "messages", viewport);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        String fileTitle = "Bulletins de salaire de mars " + viewport.width;
        String refusal = "Je le remettrai au médecin de l’assureur lors de l’examen.";
        Path pdf = E2eFiles.onePagePdf("bulletins-mars.pdf");
        try (Browser b = new Browser(PORTAL, viewport)) {
            victim.signUpAndConfirm(b);
            String reference = victim.declareToSouthInsurer(b, "MS-230-GE", page -> {});

            // the South agent opens the claim (a reason first, once per session), then asks for two documents
            new Pages.Login(b).open().signIn(Pages.AGENT, Pages.AGENT_PASSWORD);
            new Pages.ConsultationReason(b).give(reference);
            MessagesPages.Messages messages = new MessagesPages.Messages(b);
            messages.open(reference);
            assertThat(b.text()).contains("Aucune demande de document pour l’instant.", "Demander un document");
            messages.request(CERTIFICATE, "Pour évaluer vos blessures au début.", today.plusDays(14));
            messages.request(PAYSLIPS, "Les trois derniers, pour calculer la perte de revenus.", today.plusDays(21));
            assertThat(b.text()).contains("2 demandes, dont 2 ouvertes.");
            assertThat(messages.cardText(PAYSLIPS))
                    .contains("Pourquoi : Les trois derniers", "État : ouverte, en attente de réponse.");
            JourneysE2E.checkPage(b, "messages-agent-form");

            // the victim: the open requests on the dashboard, then the messages page
            victim.signIn(b);
            b.open("/mon-dossier");
            b.waitForTextOrFail("Dossier " + reference);
            MessagesPages.DashboardBlock block = new MessagesPages.DashboardBlock(b);
            assertThat(block.text()).contains("Messages", "2 demandes de documents en attente, la première pour le");
            block.openThread();
            assertThat(messages.cardText(PAYSLIPS)).contains("État : ouverte, en attente de réponse.");

            // the pay slips: a PDF sent with its title and date
            messages.answerWithFile(PAYSLIPS, pdf, fileTitle, today.minusDays(3));
            b.waitForTextOrFail("État : document transmis par Inès Garnier");
            assertThat(messages.cardText(PAYSLIPS)).contains("Télécharger « " + fileTitle + " »");

            // the certificate: declined, with what declining means shown before confirming
            messages.startRefusal(CERTIFICATE);
            assertThat(messages.cardText(CERTIFICATE))
                    .contains(
                            "couvert par le secret médical",
                            "3 juillet 2025, n° 25-70.007",
                            "Ne pas répondre ne vous fait perdre aucun droit",
                            "R211-31",
                            "Confirmer mon refus");
            messages.scrollTo(CERTIFICATE);
            JourneysE2E.checkPage(b, "messages-victim-refusal");
            messages.confirmRefusal(CERTIFICATE, refusal);
            b.waitForTextOrFail("État : refusée par Inès Garnier");
            assertThat(b.text()).contains("2 demandes, dont aucune ouverte.");

            // the agent: one answered with the file to download, one refused with the reason
            new Pages.Login(b).open().signIn(Pages.AGENT, Pages.AGENT_PASSWORD);
            new Pages.ConsultationReason(b).give(reference);
            messages.open(reference);
            assertThat(messages.cardText(PAYSLIPS))
                    .contains("État : document transmis par Inès Garnier", "Télécharger « " + fileTitle + " »")
                    .doesNotContain("Retirer");
            assertThat(messages.cardText(CERTIFICATE))
                    .contains("État : refusée par Inès Garnier", "Raison donnée : " + refusal);
            JourneysE2E.checkPage(b, "messages-agent-answers");
        }
    }

    @AfterAll
    static void report() throws Exception {
        Axe.writeReport();
    }
}
