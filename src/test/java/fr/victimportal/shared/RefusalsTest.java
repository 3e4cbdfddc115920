package fr.victimportal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fr.victimportal.KaribuTest;
import fr.victimportal.shared.ui.Refusals;
import org.junit.jupiter.api.Test;

/** A service's refusal reaches the user in one way: on the field it names, otherwise in the form's notice. */
class RefusalsTest extends KaribuTest {

    private final TextField requested = new TextField();
    private final TextArea reason = new TextArea();
    private final Paragraph error = new Paragraph();
    private final Div form = new Div(requested, reason, error);

    @Test
    void aRefusalNamingAFieldIsShownUnderItAndAnEarlierMarkIsCleared() {
        Refusals refusals = Refusals.of(form).inParagraph(error);
        refusals.field("requested", requested);
        refusals.field("reason", reason);
        error.setVisible(false);

        assertThat(refusals.attempt(() -> {
                    throw new UserInputException("requested", "medical.refusal.error.requested");
                }))
                .isFalse();
        assertThat(requested.isInvalid()).isTrue();
        assertThat(requested.getErrorMessage()).startsWith("Indiquez la pièce ou la catégorie demandée");

        refusals.attempt(() -> {
            throw new UserInputException("reason", "medical.refusal.error.reason");
        });
        assertThat(requested.isInvalid()).as("the earlier mark is gone").isFalse();
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).startsWith("Expliquez la raison de votre refus");
        assertThat(error.isVisible())
                .as("the message stands under its field only")
                .isFalse();
    }

    @Test
    void aRefusalAboutNoFieldGoesToTheParagraphAndTheButtonCanBeClickedAgain() {
        Button save = new Button();
        save.setEnabled(false);
        Refusals.of(form).inParagraph(error).reenabling(save).attempt(() -> {
            throw new UserInputException(null, "exam.report.error.heads");
        });

        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).isEqualTo("Choisissez les autres postes dans la liste.");
        assertThat(save.isEnabled()).isTrue();
    }

    @Test
    void withoutAFieldOrAParagraphTheRefusalIsANotificationAndAnActionThatSucceedsShowsNothing() {
        Refusals refusals = Refusals.of(form);
        assertThat(refusals.attempt(() -> {})).isTrue();
        NotificationsKt.expectNoNotifications();

        refusals.attempt(() -> {
            throw new UserInputException("privacy", "signup.error.privacy");
        });
        NotificationsKt.expectNotifications(
                "Cochez la case pour indiquer que vous avez lu comment vos données sont" + " protégées.");
    }
}
