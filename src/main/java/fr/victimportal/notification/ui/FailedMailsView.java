package fr.victimportal.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.victimportal.notification.OutboxMails;
import fr.victimportal.notification.OutboxMails.Summary;
import fr.victimportal.shared.ClockConfiguration;
import fr.victimportal.shared.ui.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * Support: mails the SMTP server refused at every attempt, with the last error, and putting one back in the queue
 * once the cause is fixed. An agent sees only the mails to people on their own insurer's claims, to their insurer's
 * agents and to its mailbox ({@link OutboxMails#failed()}).
 */
@Route(value = "support/courriels-en-echec", layout = MainLayout.class)
@RolesAllowed("AGENT")
@Menu(title = "nav.failedMails", order = 91, icon = "vaadin:envelope-o")
public class FailedMailsView extends Main implements HasDynamicTitle {

    private final OutboxMails mails;
    private final Grid<Summary> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();

    public FailedMailsView(OutboxMails mails) {
        this.mails = mails;
        addClassName("portal-page");
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(getLocale())
                .withZone(ClockConfiguration.PARIS);
        grid.addColumn(m -> time.format(m.createdAt())).setHeader(getTranslation("failedMails.created"));
        grid.addColumn(Summary::recipient)
                .setHeader(getTranslation("failedMails.recipient"))
                .setFlexGrow(2);
        grid.addColumn(Summary::subject)
                .setHeader(getTranslation("failedMails.subject"))
                .setFlexGrow(3);
        grid.addColumn(Summary::attempts).setHeader(getTranslation("failedMails.attempts"));
        grid.addColumn(Summary::lastError)
                .setHeader(getTranslation("failedMails.error"))
                .setFlexGrow(3);
        grid.addComponentColumn(m -> {
                    Button retry = new Button(getTranslation("failedMails.retry"), e -> retry(m));
                    retry.setAriaLabel(getTranslation("failedMails.retry.aria", m.recipient()));
                    retry.setDisableOnClick(true);
                    return retry;
                })
                .setHeader(getTranslation("failedMails.action"))
                .setKey("action");
        grid.setAllRowsVisible(true);
        add(
                new H1(getTranslation("failedMails.title")),
                new Paragraph(getTranslation("failedMails.intro")),
                empty,
                grid);
        refresh();
    }

    private void retry(Summary mail) {
        if (mails.retry(mail.id())) {
            Notification.show(getTranslation("failedMails.retried", mail.recipient()));
        }
        refresh();
    }

    private void refresh() {
        var failed = mails.failed();
        grid.setItems(failed);
        grid.setVisible(!failed.isEmpty());
        empty.setText(failed.isEmpty() ? getTranslation("failedMails.none") : "");
        empty.setVisible(failed.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("failedMails.title") + " · " + getTranslation("app.name");
    }
}
