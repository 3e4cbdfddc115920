package fr.victimportal.family.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.streams.UploadEvent;
import fr.victimportal.StaticCards;
import fr.victimportal.UploadEvents;
import fr.victimportal.claim.ui.DeclarationView;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** What the heir's screen tests do and read: fields by label, the certificate's upload, the wizard's step title. */
final class HeirScreens {

    private HeirScreens() {}

    /** The view's text with the visible fields' labels, helper texts and error messages (properties, not text). */
    static String viewWithLabels() {
        Component view = (Component) UI.getCurrent().getCurrentView();
        StringBuilder all = new StringBuilder(StaticCards.textOf(view.getElement())).append(" | ");
        collect(view, all);
        return all.toString().replaceAll("[\\u202f\\u00a0]", " ");
    }

    static void collect(Component c, StringBuilder all) {
        if (!c.getElement().isTextNode() && !c.isVisible()) {
            return; // a hidden field is not read
        }
        for (String p : List.of("label", "helperText", "errorMessage")) {
            String v = c.getElement().getProperty(p);
            if (v != null) {
                all.append(v).append(" | ");
            }
        }
        c.getChildren().forEach(child -> collect(child, all));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static void choose(String groupLabel, Object value) {
        RadioButtonGroup group = _get(RadioButtonGroup.class, s -> s.withLabel(groupLabel));
        HasValueUtilsKt._setValue(group, value);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static void chooseByLabel(String groupLabel, String itemLabel) {
        RadioButtonGroup group = _get(RadioButtonGroup.class, s -> s.withLabel(groupLabel));
        Object item = group.getListDataView()
                .getItems()
                .filter(i -> group.getItemLabelGenerator().apply(i).equals(itemLabel))
                .findFirst()
                .orElseThrow();
        HasValueUtilsKt._setValue(group, item);
    }

    static void click(String text) {
        _click(_get(Button.class, b -> b.withText(text)));
    }

    static void set(String label, String value) {
        HasValueUtilsKt._setValue(_get(TextField.class, s -> s.withLabel(label)), value);
    }

    static void date(String label, LocalDate value) {
        HasValueUtilsKt._setValue(_get(DatePicker.class, s -> s.withLabel(label)), value);
    }

    /** What a browser's multipart request would hand the certificate's upload handler for one file. */
    static void upload(String fileName, Path content) {
        ProofUpload upload = _get(ProofUpload.class);
        UploadEvent event = UploadEvents.pdf(upload.getElement(), fileName, content);
        try {
            upload.handler.handleUploadRequest(event);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        MockVaadin.runUIQueue();
    }

    static String alert() {
        return _get(Paragraph.class, p -> p.withClasses("form-error")).getText();
    }

    static String stepHeading() {
        return _find(H2.class).stream()
                .filter(h ->
                        h.getParent().map(p -> p instanceof DeclarationView).orElse(false))
                .findFirst()
                .orElseThrow()
                .getText();
    }
}
