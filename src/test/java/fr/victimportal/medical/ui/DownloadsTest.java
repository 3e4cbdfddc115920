package fr.victimportal.medical.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeResponse;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadEvent;
import fr.victimportal.KaribuTest;
import fr.victimportal.claim.ClaimFixtures;
import fr.victimportal.medical.DocumentClass;
import fr.victimportal.medical.DocumentDownloads;
import fr.victimportal.medical.MedicalDocuments;
import fr.victimportal.medical.MedicalFixtures;
import fr.victimportal.medical.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The download links' handler goes through the service on each request: bytes for the owner, nothing for an agent. */
class DownloadsTest extends KaribuTest {

    @Autowired
    private MedicalFixtures medical;

    @Autowired
    private MedicalDocuments documents;

    private FakeResponse download(long id, boolean inline) throws Exception {
        FakeResponse fake = new FakeResponse();
        Div owner = new Div();
        UI.getCurrent().add(owner);
        DownloadEvent event = new DownloadEvent(
                VaadinRequest.getCurrent(),
                new VaadinServletResponse(fake, (VaadinServletService) VaadinService.getCurrent()),
                VaadinSession.getCurrent(),
                owner.getElement());
        DocumentDownloads.of(documents, id, inline).handleDownloadRequest(event);
        return fake;
    }

    @Test
    void theOwnerGetsTheDecryptedBytesWithTheirTypeAndAnAgentGetsNothing() throws Exception {
        var cast = medical.claimWithParticipants();
        Path pdf = TestFiles.pdf();
        long id = medical.upload(cast, pdf, DocumentClass.MEDICAL_CARE, "Certificat");

        login(cast.victim(), ClaimFixtures.PASSWORD);
        FakeResponse mine = download(id, true);
        assertThat(mine.getBuffer().toByteArray()).isEqualTo(Files.readAllBytes(pdf));
        assertThat(mine.getContentType()).isEqualTo("application/pdf");
        // a PDF may carry scripts and actions: never shown by the browser on the portal's origin
        assertThat(mine.getHeader("Content-Disposition")).startsWith("attachment");
        assertThat(mine.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");

        login(cast.agent(), ClaimFixtures.PASSWORD);
        FakeResponse refused = download(id, false);
        assertThat(refused.getStatus()).isEqualTo(404);
        assertThat(refused.getBuffer().size()).isZero();
    }

    @Test
    void anImageOpensInTheBrowserOnlyInASandbox() throws Exception {
        var cast = medical.claimWithParticipants();
        Path png = TestFiles.png();
        long id = medical.upload(cast, png, DocumentClass.MEDICAL_CARE, "Radiographie");

        login(cast.victim(), ClaimFixtures.PASSWORD);
        FakeResponse shown = download(id, true);
        assertThat(shown.getBuffer().toByteArray()).isEqualTo(Files.readAllBytes(png));
        assertThat(shown.getHeader("Content-Disposition")).startsWith("inline");
        assertThat(shown.getHeader("Content-Security-Policy")).isEqualTo("sandbox");
        assertThat(shown.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
    }
}
