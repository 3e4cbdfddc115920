package fr.victimportal.correspondence.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.VaadinSession;
import fr.victimportal.claim.model.Relation;
import fr.victimportal.correspondence.DocumentRequests;
import fr.victimportal.correspondence.RequestView;
import fr.victimportal.medical.DocumentSummary;
import fr.victimportal.medical.NewDocument;
import fr.victimportal.medical.StagedFiles;
import fr.victimportal.medical.StagingUploadHandler;
import fr.victimportal.shared.Formats;
import fr.victimportal.shared.UserInputException;
import fr.victimportal.shared.ui.Fields;
import fr.victimportal.shared.ui.Refusals;
import fr.victimportal.shared.ui.UploadTexts;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The victim's side answers an open request: by sending one file, by choosing a document already on the claim of the
 * kind asked for, or (the victim only) by declining with a reason, next to what declining means. Each way opens its
 * own small form on request, so a list of requests stays light. A request closed meanwhile (another tab) is said so
 * and the page is brought up to date; nothing changes.
 */
class AnswerPanel extends Div {

    private final Context context;
    private final RequestView request;
    private final Runnable changed;
    private final Div form = new Div();
    private final Paragraph error = new Paragraph();
    private @Nullable Path pending;
    private @Nullable StagedFiles staged;

    AnswerPanel(Context context, RequestView request, Runnable changed) {
        this.context = context;
        this.request = request;
        this.changed = changed;
        addClassName("answer-panel");
        boolean victim = context.header().viewer() == Relation.OWNER;
        if (request.item().medical()) {
            add(new Paragraph(getTranslation("correspondence.answer.medicalShare")));
        }
        Button upload = new Button(getTranslation("correspondence.answer.upload"), e -> showUpload());
        upload.addClassName("answer-upload");
        Button choose = new Button(getTranslation("correspondence.answer.choose"), e -> showChoice());
        choose.addClassName("answer-choose");
        Div actions = new Div(upload, choose);
        actions.addClassName("answer-actions");
        if (victim) {
            Button refuse = new Button(getTranslation("correspondence.answer.refuse"), e -> showRefusal());
            refuse.addClassName("answer-refuse");
            actions.add(refuse);
        }
        error.addClassName("answer-error");
        error.setVisible(false);
        error.getElement().setAttribute("role", "alert");
        // what declining means, read before the buttons (and before a refusal's "Confirm"), not after them
        if (victim) {
            if (request.item().medical()) {
                add(new Paragraph(getTranslation("correspondence.answer.secrecy")));
            }
            add(new Paragraph(getTranslation("correspondence.answer.consequence")));
        }
        add(actions, form, error);
        addDetachListener(e -> discard());
    }

    private void showUpload() {
        reset();
        StagingUploadHandler reception = new StagingUploadHandler(
                context.staging(),
                context.reference(),
                context.documents().maxFileSize(),
                this::received,
                this::refused);
        staged = reception.session();
        Upload upload =
                UploadTexts.medicalFiles(reception, 1, context.documents().maxFileSize(), this::refused);
        form.add(
                new Paragraph(getTranslation(
                        "correspondence.answer.uploadHelp", context.documents().maxFileSize() / (1024 * 1024))),
                upload);
    }

    /** A file has arrived in a temporary file (also the entry point of the UI tests). */
    void received(String name, Path file) {
        if (!isAttached()) {
            StagingUploadHandler.of(VaadinSession.getCurrent()).release(file);
            return;
        }
        discard();
        pending = file;
        staged = staged == null ? StagingUploadHandler.of(VaadinSession.getCurrent()) : staged;
        form.getChildren().filter(c -> c.hasClassName("answer-file")).toList().forEach(form::remove);
        TextField title = new TextField(getTranslation("medical.upload.fileTitle"));
        title.setValue(name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name);
        title.setMaxLength(160);
        DatePicker date = Fields.datePicker(getTranslation("medical.upload.fileDate"), context.today());
        date.setValue(context.today());
        Button send = new Button(getTranslation("correspondence.answer.sendFile"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setDisableOnClick(true);
        Refusals refusals = Refusals.of(this).inParagraph(error).reenabling(send);
        send.addClickListener(e -> answer(
                refusals,
                () -> context.requests()
                        .answerWithUpload(
                                request.id(),
                                new NewDocument(name, file, null, null, date.getValue(), title.getValue()))));
        Div fields = new Div(title, date, new Div(send));
        fields.addClassName("answer-file");
        form.add(fields);
    }

    private void refused(String line) {
        error.setText(line);
        error.setVisible(true);
    }

    private void showChoice() {
        reset();
        List<DocumentSummary> matching = context.readable().stream()
                .filter(d -> d.documentClass().underSecrecy() == request.item().medical())
                .toList();
        if (matching.isEmpty()) {
            form.add(new Paragraph(getTranslation("correspondence.answer.noDocument")));
            return;
        }
        Select<DocumentSummary> document = new Select<>();
        document.setLabel(getTranslation("correspondence.answer.document"));
        document.setItems(matching);
        document.setItemLabelGenerator(d -> getTranslation(
                "correspondence.answer.documentLine",
                d.title() == null ? "" : d.title(),
                Formats.date(d.date(), getLocale())));
        Button send = new Button(getTranslation("correspondence.answer.sendDocument"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setDisableOnClick(true);
        Refusals refusals = Refusals.of(this).inParagraph(error).reenabling(send);
        refusals.field("document", document);
        send.addClickListener(e -> {
            if (document.getValue() == null) {
                document.setErrorMessage(getTranslation("correspondence.answer.chooseFirst"));
                document.setInvalid(true);
                send.setEnabled(true);
                return;
            }
            answer(
                    refusals,
                    () -> context.requests()
                            .answerWithDocument(
                                    request.id(), document.getValue().id()));
        });
        form.add(document, new Div(send));
    }

    private void showRefusal() {
        reset();
        TextArea reason = new TextArea(getTranslation("correspondence.answer.refusalReason"));
        reason.setMaxLength(DocumentRequests.REASON_MAX);
        reason.setHelperText(getTranslation("correspondence.answer.refusalReasonHelp", DocumentRequests.REASON_MAX));
        Button send = new Button(getTranslation("correspondence.answer.confirmRefusal"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setDisableOnClick(true);
        Refusals refusals = Refusals.of(this).inParagraph(error).reenabling(send);
        refusals.field("refusal", reason);
        send.addClickListener(e -> answer(refusals, () -> context.requests().refuse(request.id(), reason.getValue())));
        form.add(reason, new Div(send));
    }

    /** Runs one way of answering; a request closed meanwhile is said so and the page brought up to date. */
    private void answer(Refusals refusals, Runnable action) {
        error.setVisible(false);
        try {
            action.run();
        } catch (UserInputException refusal) {
            if ("correspondence.request.error.closed".equals(refusal.messageKey())) {
                Notification.show(Refusals.message(this, refusal)).addThemeVariants(NotificationVariant.LUMO_WARNING);
                changed.run();
            } else {
                refusals.show(refusal);
            }
            return;
        }
        discard();
        Notification.show(getTranslation("correspondence.answer.done"));
        changed.run();
    }

    private void reset() {
        discard();
        form.removeAll();
        error.setVisible(false);
    }

    private void discard() {
        if (pending != null && staged != null) {
            staged.release(pending);
        }
        pending = null;
    }
}
