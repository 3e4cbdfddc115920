package fr.victimportal.correspondence.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fr.victimportal.correspondence.DocumentRequests;
import fr.victimportal.correspondence.RequestItem;
import fr.victimportal.shared.ui.Fields;
import fr.victimportal.shared.ui.Refusals;

/** The agent asks the victim's side for a document: which one, why, and by when (today at the earliest). */
class RequestForm extends Div {

    RequestForm(Context context, Runnable changed) {
        addClassNames("card", "request-form");
        Select<RequestItem> item = new Select<>();
        item.setId("request-item");
        item.setLabel(getTranslation("correspondence.request.item"));
        item.setItems(DocumentRequests.items());
        item.setItemLabelGenerator(i -> getTranslation(i.labelKey()));
        item.setEmptySelectionAllowed(false);
        TextField label = new TextField(getTranslation("correspondence.request.label"));
        label.setId("request-label");
        label.setMaxLength(200);
        label.setVisible(false);
        item.addValueChangeListener(e -> label.setVisible(e.getValue() == RequestItem.OTHER));
        TextArea reason = new TextArea(getTranslation("correspondence.request.reason"));
        reason.setId("request-reason");
        reason.setMaxLength(DocumentRequests.REASON_MAX);
        reason.setHelperText(getTranslation("correspondence.request.reasonHelp", DocumentRequests.REASON_MAX));
        DatePicker due = Fields.datePicker(getTranslation("correspondence.request.due"), null);
        due.setId("request-due");
        due.setMin(context.today());
        Button submit = new Button(getTranslation("correspondence.request.submit"));
        submit.setId("request-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setDisableOnClick(true);
        Refusals refusals = Refusals.of(this).reenabling(submit);
        refusals.field("item", item);
        refusals.field("label", label);
        refusals.field("reason", reason);
        refusals.field("due", due);
        submit.addClickListener(e -> {
            refusals.clear();
            boolean done = refusals.attempt(() -> context.requests()
                    .create(context.reference(), item.getValue(), label.getValue(), reason.getValue(), due.getValue()));
            if (done) {
                Notification.show(getTranslation("correspondence.request.created"));
                changed.run();
            }
        });
        add(new H3(getTranslation("correspondence.request.formTitle")), item, label, reason, due, new Div(submit));
    }
}
