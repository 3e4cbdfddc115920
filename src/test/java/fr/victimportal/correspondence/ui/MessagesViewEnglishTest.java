package fr.victimportal.correspondence.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fr.victimportal.KaribuTest;
import fr.victimportal.claim.ClaimFixtures;
import fr.victimportal.correspondence.RequestItem;
import fr.victimportal.medical.MedicalFixtures;
import fr.victimportal.medical.MedicalFixtures.Cast;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The messages screen in English: the agent asks, the victim declines with the explanation, the agent sees it. */
class MessagesViewEnglishTest extends KaribuTest {

    @Autowired
    private MedicalFixtures medical;

    @Autowired
    private JdbcTemplate jdbc;

    private Cast cast;

    @BeforeEach
    void anEnglishSpeakingCast() {
        cast = medical.claimWithParticipants();
        jdbc.update("update app_user set preferred_language = 'en' where email in (?, ?)", cast.victim(), cast.agent());
        startUi(Locale.ENGLISH);
    }

    /** Signs in on a fresh page (signing in reloads the page: on this screen, that would read the thread once more). */
    private void open(String login) {
        startUi(Locale.ENGLISH);
        login(login, ClaimFixtures.PASSWORD);
        reasonGiven(cast.reference());
        UI.getCurrent().navigate("dossier/" + cast.reference() + "/messages");
    }

    private Div openCard() {
        return _get(Div.class, s -> s.withClasses("request-card"));
    }

    @Test
    void theAgentAsksTheVictimDeclinesWithTheExplanationAndTheAgentSeesIt() {
        open(cast.agent());
        assertThat(_get(H1.class).getText()).isEqualTo("Messages and document requests — " + cast.reference());
        Select<RequestItem> item = _get(Select.class, s -> s.withLabel("Document requested"));
        HasValueUtilsKt._setValue(item, RequestItem.OTHER);
        HasValueUtilsKt._setValue(
                _get(TextField.class, s -> s.withLabel("Describe the document requested")), "Gym membership refund");
        HasValueUtilsKt._setValue(_get(TextArea.class, s -> s.withLabel("Why?")), "To assess the expenses.");
        HasValueUtilsKt._setValue(
                _get(com.vaadin.flow.component.datepicker.DatePicker.class, s -> s.withLabel("To be given by")),
                LocalDate.of(2026, 12, 7));
        _click(_get(Button.class, s -> s.withText("Send the request")));
        assertThat(text(openCard()))
                .contains(
                        "Gym membership refund",
                        "Why: To assess the expenses.",
                        "To be given by December 7, 2026 · requested by Sophie Agent on November 23, 2026 at 10:00",
                        "State: open, waiting for an answer.");

        open(cast.victim());
        assertThat(page()).contains("Never the doctors", "Your medical documents never go to the insurer’s agents");
        assertThat(text(openCard()))
                .contains("Not answering makes you lose no right", "(article R211-31)")
                .doesNotContain("medical secrecy");
        _click(_get(openCard(), Button.class, s -> s.withText("I am not passing on this document")));
        TextArea reason = _get(TextArea.class, s -> s.withLabel("Why you are not passing on this document"));
        _click(_get(Button.class, s -> s.withText("Confirm my refusal")));
        assertThat(reason.getErrorMessage())
                .isEqualTo("Explain in a few words why you are not passing on this document (3 to 2000 characters).");
        HasValueUtilsKt._setValue(reason, "I never had such a membership.");
        _click(_get(Button.class, s -> s.withText("Confirm my refusal")));
        assertThat(NotificationsKt.getNotifications().getLast().getElement().getProperty("text"))
                .isEqualTo("Answer recorded.");

        TextArea body = _get(TextArea.class, s -> s.withLabel("Your message"));
        _click(_get(Button.class, s -> s.withText("Send the message")));
        assertThat(body.getErrorMessage()).isEqualTo("Write a message or attach a document.");

        open(cast.agent());
        assertThat(text(openCard()))
                .contains(
                        "State: declined by Inès Martin on November 23, 2026 at 10:00.",
                        "Reason given: I never had such a membership.");
        assertThat(_find(Div.class, s -> s.withClasses("thread-line")))
                .extracting(KaribuTest::text)
                .anySatisfy(l -> assertThat(l)
                        .contains("New", "Inès Martin · Victim")
                        .contains("Document not given (the victim declined): Gym membership refund."));
    }
}
