package fr.victimportal.medical.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.TemporaryFileUploadHandler;
import fr.victimportal.medical.MedicalDocuments;
import fr.victimportal.medical.UploadOutcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Several files at once (drop on a desktop, camera or photo library on a phone), each landing in a temporary file,
 * never in memory; the victim describes each one, then the service checks and stores them and says, file by file,
 * what was kept and what was refused and why. Temporary files are deleted after saving or when the page is left.
 */
class UploadPanel extends Section {

    private final String reference;
    private final MedicalDocuments documents;
    private final Clock clock;
    private final Runnable stored;
    private final List<PendingFile> pending = new ArrayList<>();
    private final Div pendingList = new Div();
    private final Div results = new Div();
    private final Upload upload;
    private final Button save = new Button();

    UploadPanel(String reference, MedicalDocuments documents, Clock clock, Runnable stored) {
        this.reference = reference;
        this.documents = documents;
        this.clock = clock;
        this.stored = stored;
        addClassNames("card", "upload-panel");
        UI ui = UI.getCurrent();
        long transportLimit = documents.maxFileSize() + 1024 * 1024;
        // the transport stops a far-too-big file before it fills the disk; the service gives the precise refusal
        upload = new Upload(new TemporaryFileUploadHandler((meta, file) -> ui.access(
                () -> addPending(meta.fileName(), file.toPath()))) {
            @Override
            public long getFileSizeMax() {
                return transportLimit;
            }
        });
        upload.setAcceptedFileTypes("application/pdf", "image/jpeg", "image/png", ".pdf", ".jpg", ".jpeg", ".png");
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, documents.maxFileSize()));
        upload.setDropAllowed(true);
        upload.setI18n(i18n());
        save.setText(getTranslation("medical.upload.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setEnabled(false);
        save.addClickListener(e -> save());
        results.getElement().setAttribute("aria-live", "polite");
        add(new H2(getTranslation("medical.upload.title")),
                new Paragraph(getTranslation("medical.upload.help", documents.maxFileSize() / (1024 * 1024))),
                upload, pendingList, save, results);
        addDetachListener(e -> discard());
    }

    /** A file has arrived in a temporary file (also the entry point of the UI tests). */
    void addPending(String name, Path file) {
        PendingFile[] self = new PendingFile[1];
        PendingFile row = new PendingFile(name, file, LocalDate.now(clock), () -> remove(self[0]));
        self[0] = row;
        pending.add(row);
        pendingList.add(row);
        save.setEnabled(true);
    }

    private void remove(PendingFile row) {
        pending.remove(row);
        pendingList.remove(row);
        delete(row.file());
        save.setEnabled(!pending.isEmpty());
    }

    private void save() {
        List<UploadOutcome> outcomes = documents.upload(reference, pending.stream().map(PendingFile::toNewDocument)
                .toList());
        results.removeAll();
        for (UploadOutcome o : outcomes) {
            Paragraph line = new Paragraph(o.stored() ? getTranslation("medical.upload.stored", o.originalName())
                    : getTranslation(o.refusalKey(), o.refusalArguments()));
            line.addClassName(o.stored() ? "upload-stored" : "upload-refused");
            results.add(line);
        }
        discard();
        upload.clearFileList();
        stored.run();
    }

    private void discard() {
        pending.forEach(p -> delete(p.file()));
        pending.clear();
        pendingList.removeAll();
        save.setEnabled(false);
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            file.toFile().deleteOnExit();
        }
    }

    private UploadI18N i18n() {
        UploadI18N i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("medical.upload.drop.one"))
                .setMany(getTranslation("medical.upload.drop.many")));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("medical.upload.add.one"))
                .setMany(getTranslation("medical.upload.add.many")));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(getTranslation("medical.upload.i18n.tooBig"))
                .setIncorrectFileType(getTranslation("medical.upload.i18n.wrongType"))
                .setTooManyFiles(getTranslation("medical.upload.i18n.tooMany")));
        return i18n;
    }
}
