package fr.victimportal.expertise.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import fr.victimportal.expertise.NoticeInput;
import fr.victimportal.shared.ui.Fields;
import fr.victimportal.shared.ui.RecordForm;
import java.time.LocalDate;

/**
 * The examination notice as the victim (or whoever helps them) copies it from the insurer's letter, bound field by
 * field to the {@link NoticeInput} the service checks; the view shows the service's refusals.
 */
class NoticeForm extends RecordForm<NoticeInput> {

    NoticeForm(LocalDate today, String reader) {
        super(NoticeInput.class);
        setResponsiveSteps(new ResponsiveStep("0", 1));
        // the service's checks speak for every field (a date in the future, a missing doctor), not the pickers' limits
        binder.setDefaultValidatorsEnabled(false);
        TextField doctor = new TextField(getTranslation("exam.form.doctor"));
        doctor.setMaxLength(120);
        doctor.setRequiredIndicatorVisible(true);
        TextField qualifications = new TextField(getTranslation("exam.form.qualifications"));
        qualifications.setMaxLength(200);
        TextArea purpose = new TextArea(getTranslation("exam.form.purpose"));
        purpose.setMaxLength(400);
        DatePicker examDate = Fields.datePicker(getTranslation("exam.form.date"), null);
        examDate.setRequiredIndicatorVisible(true);
        TimePicker time = new TimePicker(getTranslation("exam.form.time"));
        time.setLocale(getLocale());
        TextField place = new TextField(getTranslation("exam.form.place"));
        place.setMaxLength(300);
        TextField insurer = new TextField(getTranslation("exam.form.insurer"));
        insurer.setMaxLength(120);
        Checkbox assistance = new Checkbox(getTranslation("exam.form.assistance" + reader));
        DatePicker received = Fields.datePicker(getTranslation("exam.form.received" + reader), today);
        received.setRequiredIndicatorVisible(true);
        binder.forField(doctor).bind("examiningDoctor");
        binder.forField(qualifications).bind("qualifications");
        binder.forField(purpose).bind("purpose");
        binder.forField(examDate).bind("examDate");
        binder.forField(time).bind("examTime");
        binder.forField(place).bind("place");
        binder.forField(insurer).bind("insurerName");
        binder.forField(assistance).bind("assistanceRightStated");
        binder.forField(received).bind("noticeReceivedOn");
        add(doctor, qualifications, purpose, examDate, time, place, insurer, assistance, received);
    }
}
