package fr.victimportal.correspondence.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.VaadinSession;
import fr.victimportal.claim.ClaimParticipants.Participant;
import fr.victimportal.claim.model.Relation;
import fr.victimportal.correspondence.ClaimThreads;
import fr.victimportal.medical.DocumentSummary;
import fr.victimportal.medical.StagedFiles;
import fr.victimportal.medical.StagingUploadHandler;
import fr.victimportal.shared.Formats;
import fr.victimportal.shared.ui.Refusals;
import fr.victimportal.shared.ui.UploadTexts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Writing a message: the text, up to {@value ClaimThreads#MAX_FILES} supporting documents (pay slips, invoices…; the
 * upload opens on request), documents of the claim to link, and for a linked medical document the caseworkers who may
 * read it, with the victim's consent in plain words. The button is disabled while it sends (no second message); a
 * refused message keeps everything typed and says why.
 */
class ComposeForm extends Section {

    private final Context context;
    private final TextArea body = new TextArea();
    private final Div files = new Div();
    private final List<SupportingFile> pending = new ArrayList<>();
    private final Button attach = new Button();
    private final Paragraph error = new Paragraph();
    private final UnorderedList refusedFiles = new UnorderedList();
    private final Button send = new Button();
    private @Nullable MultiSelectComboBox<DocumentSummary> linked;
    private @Nullable CheckboxGroup<Participant> recipients;
    private @Nullable StagedFiles staged;

    ComposeForm(Context context, Runnable sent) {
        this.context = context;
        addClassName("compose");
        setId("compose");
        H2 title = new H2(getTranslation("correspondence.compose.title"));
        title.setId("compose-title");
        getElement().setAttribute("aria-labelledby", "compose-title");
        body.setId("compose-body");
        body.setLabel(getTranslation("correspondence.compose.body"));
        body.setMaxLength(ClaimThreads.MAX_LENGTH);
        body.setHelperText(getTranslation("correspondence.compose.bodyHelp", ClaimThreads.MAX_LENGTH));
        body.setWidthFull();
        attach.setText(getTranslation("correspondence.compose.attach", ClaimThreads.MAX_FILES));
        attach.setId("compose-attach");
        attach.addClickListener(e -> openUpload());
        files.addClassName("compose-files");
        refusedFiles.addClassName("upload-refusals");
        refusedFiles.getElement().setAttribute("aria-live", "assertive");
        error.setId("compose-error");
        error.addClassName("compose-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        send.setText(getTranslation("correspondence.compose.send"));
        send.setId("compose-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setDisableOnClick(true);
        add(title, body, attach, refusedFiles, files);
        addLinks();
        add(error, new Div(send));
        Refusals refusals = Refusals.of(this).inParagraph(error).reenabling(send);
        refusals.field("body", body);
        if (linked != null) {
            refusals.field("linked", linked);
        }
        send.addClickListener(e -> {
            refusals.clear();
            error.setVisible(false);
            if (refusals.attempt(this::post)) {
                pending.forEach(p -> release(p.file()));
                pending.clear();
                Notification.show(getTranslation("correspondence.compose.sent"));
                sent.run();
            }
        });
        addDetachListener(e -> {
            pending.forEach(p -> release(p.file()));
            pending.clear();
        });
    }

    private void post() {
        List<Long> links = linked == null
                ? List.of()
                : linked.getValue().stream().map(DocumentSummary::id).toList();
        List<Long> readers = recipients == null
                ? List.of()
                : recipients.getValue().stream().map(Participant::userId).toList();
        context.threads()
                .post(
                        context.reference(),
                        body.getValue(),
                        pending.stream().map(SupportingFile::toNewDocument).toList(),
                        links,
                        readers);
    }

    /** Documents to link: those the reader may open; a medical one only for the victim (their secrecy). */
    private void addLinks() {
        boolean owner = context.header().viewer() == Relation.OWNER;
        List<DocumentSummary> offered = context.readable().stream()
                .filter(d -> owner || !d.documentClass().underSecrecy())
                .toList();
        if (offered.isEmpty()) {
            return;
        }
        MultiSelectComboBox<DocumentSummary> choice = new MultiSelectComboBox<>();
        choice.setId("compose-linked");
        choice.setLabel(getTranslation("correspondence.compose.linked"));
        choice.setItems(offered);
        choice.setItemLabelGenerator(d -> getTranslation(
                "correspondence.answer.documentLine",
                d.title() == null ? "" : d.title(),
                Formats.date(d.date(), getLocale())));
        choice.setWidthFull();
        linked = choice;
        add(choice);
        if (!owner) {
            return;
        }
        CheckboxGroup<Participant> who = new CheckboxGroup<>();
        who.setId("compose-recipients");
        who.setLabel(getTranslation("correspondence.compose.recipients"));
        who.setHelperText(getTranslation("correspondence.compose.consent"));
        who.setItems(context.header().medicalRecipients());
        who.setItemLabelGenerator(p -> getTranslation(
                "correspondence.compose.recipient", p.displayName(), getTranslation("correspondence.role.HELPER")));
        who.setVisible(false);
        Paragraph none = new Paragraph(getTranslation("correspondence.compose.noRecipient"));
        none.setVisible(false);
        choice.addValueChangeListener(e -> {
            boolean medical =
                    e.getValue().stream().anyMatch(d -> d.documentClass().underSecrecy());
            boolean anyone = !context.header().medicalRecipients().isEmpty();
            who.setVisible(medical && anyone);
            none.setVisible(medical && !anyone);
        });
        recipients = who;
        add(who, none);
    }

    private void openUpload() {
        StagingUploadHandler reception = new StagingUploadHandler(
                context.staging(),
                context.reference(),
                context.documents().maxFileSize(),
                this::received,
                this::refused);
        staged = reception.session();
        Upload upload = UploadTexts.medicalFiles(
                reception, ClaimThreads.MAX_FILES, context.documents().maxFileSize(), this::refused);
        Paragraph help = new Paragraph(getTranslation(
                "correspondence.compose.attachHelp",
                ClaimThreads.MAX_FILES,
                context.documents().maxFileSize() / (1024 * 1024)));
        int at = indexOf(attach);
        remove(attach);
        addComponentAtIndex(at, help);
        addComponentAtIndex(at + 1, upload);
    }

    /** A file has arrived in a temporary file (also the entry point of the UI tests). */
    void received(String name, Path file) {
        if (!isAttached() || pending.size() >= ClaimThreads.MAX_FILES) {
            release(file);
            if (isAttached()) {
                refused(getTranslation("correspondence.error.tooManyFiles", ClaimThreads.MAX_FILES));
            }
            return;
        }
        SupportingFile[] self = new SupportingFile[1];
        SupportingFile row = new SupportingFile(name, file, context.today(), () -> {
            pending.remove(self[0]);
            files.remove(self[0]);
            release(self[0].file());
        });
        self[0] = row;
        pending.add(row);
        files.add(row);
    }

    private void refused(String line) {
        refusedFiles.add(new ListItem(line));
    }

    private void release(Path file) {
        (staged != null ? staged : StagingUploadHandler.of(VaadinSession.getCurrent())).release(file);
    }
}
