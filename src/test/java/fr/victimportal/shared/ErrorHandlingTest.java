package fr.victimportal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import fr.victimportal.KaribuTest;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

class ErrorHandlingTest extends KaribuTest {

    private static String text(Notification notification) {
        return notification.getElement().getProperty("text");
    }

    @Test
    void anUnexpectedErrorShowsAShortTranslatedMessageAndNoStackTraceOrData() {
        UI.getCurrent().navigate("delais");
        VaadinSession.getCurrent()
                .getErrorHandler()
                .error(new ErrorEvent(new IllegalStateException("NIR 1 85 05 78 006 084 leaked in a message")));

        List<Notification> shown = NotificationsKt.getNotifications();
        assertThat(shown).hasSize(1);
        assertThat(text(shown.get(0)))
                .startsWith("Une erreur inattendue nous empêche de continuer.")
                .containsPattern("code à l’assistance : [0-9A-F]{8}\\.")
                .doesNotContain("NIR", "IllegalStateException", "at fr.");
    }

    @Test
    void aChangeMadeInAnotherTabIsExplainedInTheUsersLanguage() {
        startUi(Locale.ENGLISH);
        UI.getCurrent().navigate("delais");
        VaadinSession.getCurrent()
                .getErrorHandler()
                .error(new ErrorEvent(new ObjectOptimisticLockingFailureException(Object.class, 1L)));
        assertThat(text(NotificationsKt.getNotifications().get(0)))
                .startsWith("This information was changed in the meantime, perhaps in another tab.");
    }
}
