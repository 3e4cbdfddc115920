package fr.victimportal.medical.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.FileRejectedEvent;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.SessionDestroyEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WebBrowser;
import com.vaadin.flow.server.WrappedHttpSession;
import com.vaadin.flow.server.streams.UploadEvent;
import fr.victimportal.KaribuTest;
import fr.victimportal.UploadEvents;
import fr.victimportal.claim.ClaimFixtures;
import fr.victimportal.medical.DocumentType;
import fr.victimportal.medical.MedicalFixtures;
import fr.victimportal.medical.TestFiles;
import fr.victimportal.medical.UploadStaging;
import fr.victimportal.shared.ui.UploadTexts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The upload component on the documents page, through its real server-side handler: a file refused on the way in,
 * by the browser or by the server, is named on the page with its reason in the page's language; the component's own
 * texts come from the portal's translations; a file that arrives waits in the staging folder until it is saved.
 */
class UploadPanelTest extends KaribuTest {

    @Autowired
    private MedicalFixtures medical;

    @Autowired
    private UploadStaging staging;

    private MedicalFixtures.Cast openDocuments() {
        return openDocuments(Locale.FRENCH);
    }

    private MedicalFixtures.Cast openDocuments(Locale language) {
        var cast = medical.claimWithParticipants();
        login(cast.victim(), ClaimFixtures.PASSWORD);
        UI.getCurrent().setLocale(language);
        UI.getCurrent().navigate("dossier/" + cast.reference() + "/documents");
        return cast;
    }

    /** What a browser's multipart request would hand the handler for one file. */
    private static UploadEvent send(Upload upload, String fileName, Path content) {
        UploadEvent event = UploadEvents.pdf(upload.getElement(), fileName, content);
        try {
            _get(UploadPanel.class).handler.handleUploadRequest(event);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        MockVaadin.runUIQueue();
        return event;
    }

    private static List<String> refusedLines() {
        return _find(ListItem.class, li -> li.withClasses("upload-refused")).stream()
                .map(ListItem::getText)
                .toList();
    }

    private long stagedFiles() throws IOException {
        try (Stream<Path> files = Files.list(staging.dir())) {
            return files.count();
        }
    }

    @Test
    void aNameWithAPathIsRefusedByNameInFrenchWithoutAServerErrorAndNothingIsKept() throws IOException {
        openDocuments();
        long before = stagedFiles();
        UploadEvent event = send(_get(Upload.class), "../../etc/passwd.pdf", TestFiles.pdf());

        String expected = "« ../../etc/passwd.pdf » : ce nom de fichier n’est pas accepté (barre oblique ou caractère"
                + " invisible). Renommez le fichier puis réessayez.";
        assertThat(event.isRejected()).isTrue();
        assertThat(event.getRejectionMessage()).isEqualTo(expected);
        assertThat(refusedLines()).containsExactly(expected);
        assertThat(_find(PendingFile.class)).isEmpty();
        assertThat(stagedFiles()).isEqualTo(before);
    }

    @Test
    void onAnEnglishPageTheSameNameIsRefusedInEnglish() {
        openDocuments(Locale.ENGLISH);
        UploadEvent event = send(_get(Upload.class), "..\\..\\boot.ini.pdf", TestFiles.pdf());
        String expected = "“..\\..\\boot.ini.pdf”: this file name is not accepted (slash or invisible character)."
                + " Rename the file and try again.";
        assertThat(event.getRejectionMessage()).isEqualTo(expected);
        assertThat(refusedLines()).containsExactly(expected);
    }

    @Test
    void aFileTheBrowserRefusedIsNamedOnThePageWithItsReasonInALiveRegion() {
        openDocuments();
        Upload upload = _get(Upload.class);
        assertThat(_find(H3.class, h -> h.withText("Fichiers non reçus"))).isEmpty();
        String tooBig = upload.getI18n().getError().getFileIsTooBig();
        assertThat(tooBig).isEqualTo("Le fichier dépasse 2 Mo, la taille maximale.");
        // what the component sends when the victim picks a 20.3 MB scan among six files
        ComponentUtil.fireEvent(upload, new FileRejectedEvent(upload, tooBig, "scan-IRM-20,3Mo.pdf"));
        ComponentUtil.fireEvent(
                upload,
                new FileRejectedEvent(upload, upload.getI18n().getError().getIncorrectFileType(), "notes.docx"));

        assertThat(refusedLines())
                .containsExactly(
                        "« scan-IRM-20,3Mo.pdf » : Le fichier dépasse 2 Mo, la taille maximale.",
                        "« notes.docx » : Seuls les PDF, JPEG et PNG sont acceptés.");
        assertThat(_get(H3.class, h -> h.withText("Fichiers non reçus")).isVisible())
                .isTrue();
        ListItem line =
                _find(ListItem.class, li -> li.withClasses("upload-refused")).get(0);
        assertThat(line.getParent()
                        .orElseThrow()
                        .getParent()
                        .orElseThrow()
                        .getElement()
                        .getAttribute("aria-live"))
                .isEqualTo("assertive");
    }

    @Test
    void aFileSentThroughTheHandlerWaitsInTheStagingFolderUntilSavedThenNothingIsLeft() throws IOException {
        openDocuments();
        long before = stagedFiles();
        UploadEvent event = send(_get(Upload.class), "certificat.pdf", TestFiles.pdf());
        assertThat(event.isRejected()).isFalse();
        assertThat(stagedFiles()).isEqualTo(before + 1);
        PendingFile row = _get(PendingFile.class);
        assertThat(row.file().getParent()).isEqualTo(staging.dir());
        HasValueUtilsKt._setValue(row.type, DocumentType.INITIAL_MEDICAL_CERTIFICATE);
        HasValueUtilsKt._setValue(row.date, LocalDate.of(2026, 10, 6));
        _click(_get(Button.class, b -> b.withText("Enregistrer les documents")));

        assertThat(_find(Paragraph.class, p -> p.withClasses("upload-stored")))
                .extracting(Paragraph::getText)
                .containsExactly("« certificat.pdf » : enregistré.");
        assertThat(stagedFiles()).isEqualTo(before);
    }

    @Test
    void theFifthUnsavedFileOfASessionIsRefusedWithTheReason() {
        openDocuments();
        for (int i = 1; i <= 4; i++) {
            assertThat(send(_get(Upload.class), "page-" + i + ".pdf", TestFiles.pdf())
                            .isRejected())
                    .isFalse();
        }
        UploadEvent fifth = send(_get(Upload.class), "page-5.pdf", TestFiles.pdf());
        assertThat(fifth.isRejected()).isTrue();
        assertThat(refusedLines())
                .containsExactly("« page-5.pdf » : vous avez déjà 4 fichiers reçus et pas encore"
                        + " enregistrés, le maximum. Enregistrez-les ou retirez-en avant d’en ajouter d’autres.");
        assertThat(_find(PendingFile.class)).hasSize(4);
    }

    @Test
    void everyTextOfTheUploadComponentIsFrenchOnAFrenchPage() {
        openDocuments();
        UploadI18N i18n = _get(Upload.class).getI18n();
        assertThat(List.of(
                        i18n.getAddFiles().getMany(),
                        i18n.getDropFiles().getMany(),
                        i18n.getError().getTooManyFiles(),
                        i18n.getFile().getRetry(),
                        i18n.getFile().getRemove(),
                        i18n.getFile().getStart(),
                        i18n.getUploading().getStatus().getConnecting(),
                        i18n.getUploading().getStatus().getProcessing(),
                        i18n.getUploading().getStatus().getStalled(),
                        i18n.getUploading().getStatus().getHeld(),
                        i18n.getUploading().getRemainingTime().getPrefix(),
                        i18n.getUploading().getRemainingTime().getUnknown(),
                        i18n.getUploading().getError().getUnexpectedServerError(),
                        i18n.getUploading().getError().getServerUnavailable(),
                        i18n.getUploading().getError().getForbidden(),
                        i18n.getUploading().getError().getFileTooLarge()))
                .containsExactly(
                        "Choisir des fichiers…",
                        "Déposez les fichiers ici",
                        "Trop de fichiers à la fois.",
                        "Réessayer",
                        "Retirer",
                        "Envoyer",
                        "Connexion…",
                        "Traitement du fichier…",
                        "Envoi interrompu",
                        "En attente",
                        "Temps restant : ",
                        "temps restant inconnu",
                        "L’envoi a échoué à cause d’une erreur du serveur. Réessayez.",
                        "L’envoi a échoué : le serveur ne répond pas. Réessayez dans un instant.",
                        "L’envoi a été refusé. Rechargez la page puis réessayez.",
                        "Le fichier dépasse 2 Mo, la taille maximale.");
        assertThat(i18n.getUnits().getSize()).startsWith("o", "ko", "Mo");
        assertThat(_get(Upload.class).isDropAllowed()).isTrue();
    }

    @Test
    void onAPhoneNothingSaysDropFilesHere() throws Exception {
        openDocuments();
        var constructor = WebBrowser.class.getDeclaredConstructor(VaadinRequest.class);
        constructor.setAccessible(true);
        FakeRequest phone =
                new FakeRequest(((WrappedHttpSession) VaadinSession.getCurrent().getSession()).getHttpSession());
        List<String> iphone = List.of("Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15"
                + " (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1");
        phone.getHeaders().put("User-Agent", iphone);
        phone.getHeaders().put("user-agent", iphone);
        VaadinSession.getCurrent()
                .setBrowser(constructor.newInstance(
                        new VaadinServletRequest(phone, (VaadinServletService) VaadinService.getCurrent())));
        assertThat(UploadTexts.phone(VaadinSession.getCurrent()))
                .as("an iPhone")
                .isTrue();
        UI.getCurrent().getPage().reload();

        Upload upload = _get(Upload.class);
        assertThat(upload.isDropAllowed()).isFalse();
        assertThat(upload.getI18n().getDropFiles().getMany())
                .isEqualTo("Touchez le bouton pour choisir des fichiers ou prendre une photo.")
                .doesNotContainIgnoringCase("dépos");
    }

    @Test
    void filesNeverSavedAreDeletedWhenTheSessionEnds() throws IOException {
        openDocuments();
        long before = stagedFiles();
        send(_get(Upload.class), "ordonnance.pdf", TestFiles.pdf());
        Path file = _get(PendingFile.class).file();
        assertThat(stagedFiles()).isEqualTo(before + 1);

        applicationContext
                .getBean(StagedFilesCleanup.class)
                .sessionEnded(new SessionDestroyEvent(VaadinService.getCurrent(), VaadinSession.getCurrent()));
        assertThat(file).doesNotExist();
        assertThat(stagedFiles()).isEqualTo(before);
    }
}
