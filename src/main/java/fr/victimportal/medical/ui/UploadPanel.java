package fr.victimportal.medical.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import fr.victimportal.medical.MedicalDocuments;
import fr.victimportal.medical.StagedFiles;
import fr.victimportal.medical.StagingUploadHandler;
import fr.victimportal.medical.UploadOutcome;
import fr.victimportal.medical.UploadStaging;
import fr.victimportal.shared.ui.UploadTexts;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Several files at once (drop on a desktop, camera or photo library on a phone), each landing in a temporary file of
 * the portal's staging folder, never in memory; the victim describes each one, then the service checks and stores
 * them and says, file by file, what was kept and what was refused and why. A file refused on the way in (by the
 * browser: too big, wrong type; or by the server: name, claim full, session cap) is named with its reason in a list
 * that stays on the page and is announced to screen readers. Temporary files are deleted after saving or when the
 * page is left.
 */
class UploadPanel extends Section {

    private final String reference;
    private final MedicalDocuments documents;
    private final Clock clock;
    private final Runnable stored;
    private final StagedFiles session;
    private final List<PendingFile> pending = new ArrayList<>();
    private final Div pendingList = new Div();
    private final Div results = new Div();
    private final Div refused = new Div();
    private final H3 refusedTitle = new H3();
    private final UnorderedList refusedList = new UnorderedList();
    private final Upload upload;
    final StagingUploadHandler handler;
    private final Button save = new Button();

    UploadPanel(String reference, MedicalDocuments documents, UploadStaging staging, Clock clock, Runnable stored) {
        this.reference = reference;
        this.documents = documents;
        this.clock = clock;
        this.stored = stored;
        addClassNames("card", "upload-panel");
        handler = new StagingUploadHandler(staging, reference, documents.maxFileSize(), this::addPending, this::refuse);
        session = handler.session();
        upload = new Upload(handler);
        upload.setAcceptedFileTypes("application/pdf", "image/jpeg", "image/png", ".pdf", ".jpg", ".jpeg", ".png");
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, documents.maxFileSize()));
        UploadTexts.apply(upload, documents.maxFileSize(), getTranslation("medical.upload.i18n.wrongType"));
        upload.addFileRejectedListener(
                e -> refuse(getTranslation("medical.upload.refused.line", e.getFileName(), e.getErrorMessage())));
        save.setText(getTranslation("medical.upload.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setEnabled(false);
        save.addClickListener(e -> save());
        results.getElement().setAttribute("aria-live", "polite");
        // always in the page (a live region must exist before its content changes); its title shows once it lists one
        refused.addClassName("upload-refusals");
        refused.getElement().setAttribute("aria-live", "assertive");
        refusedTitle.setText(getTranslation("medical.upload.refused.title"));
        refusedTitle.setVisible(false);
        refused.add(refusedTitle, refusedList);
        add(
                new H2(getTranslation("medical.upload.title")),
                new Paragraph(getTranslation("medical.upload.help", documents.maxFileSize() / (1024 * 1024))),
                upload,
                refused,
                pendingList,
                save,
                results);
        addDetachListener(e -> discard());
    }

    /** A file has arrived in a temporary file (also the entry point of the UI tests). */
    void addPending(String name, Path file) {
        if (!isAttached()) {
            session.release(file);
            return;
        }
        PendingFile[] self = new PendingFile[1];
        PendingFile row = new PendingFile(name, file, LocalDate.now(clock), () -> remove(self[0]));
        self[0] = row;
        pending.add(row);
        pendingList.add(row);
        save.setEnabled(true);
    }

    /** A file refused on its way in, named with the reason, kept on the page until the next save. */
    private void refuse(String line) {
        ListItem item = new ListItem(line);
        item.addClassName("upload-refused");
        refusedList.add(item);
        refusedTitle.setVisible(true);
    }

    private void remove(PendingFile row) {
        pending.remove(row);
        pendingList.remove(row);
        session.release(row.file());
        save.setEnabled(!pending.isEmpty());
    }

    private void save() {
        List<UploadOutcome> outcomes = documents.upload(
                reference, pending.stream().map(PendingFile::toNewDocument).toList());
        results.removeAll();
        for (UploadOutcome o : outcomes) {
            Paragraph line = new Paragraph(
                    o.stored()
                            ? getTranslation("medical.upload.stored", o.originalName())
                            : getTranslation(o.refusalKey(), o.refusalArguments()));
            line.addClassName(o.stored() ? "upload-stored" : "upload-refused");
            results.add(line);
        }
        discard();
        upload.clearFileList();
        refusedList.removeAll();
        refusedTitle.setVisible(false);
        stored.run();
    }

    private void discard() {
        pending.forEach(p -> session.release(p.file()));
        pending.clear();
        pendingList.removeAll();
        save.setEnabled(false);
    }
}
