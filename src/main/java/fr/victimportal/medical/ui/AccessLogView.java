package fr.victimportal.medical.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Route;
import fr.victimportal.medical.AccessLogLine;
import fr.victimportal.medical.ClaimAccessLog;
import fr.victimportal.shared.Formats;
import fr.victimportal.shared.ui.ClaimPage;
import fr.victimportal.shared.ui.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The victim's own access log: who opened, downloaded, shared or was refused which document, and when. */
@Route(value = "dossier/:reference/documents/journal", layout = MainLayout.class)
@RolesAllowed("VICTIM")
public class AccessLogView extends ClaimPage<List<AccessLogLine>> {

    private final ClaimAccessLog history;
    private final Clock clock;

    public AccessLogView(ClaimAccessLog history, Clock clock) {
        super("medical.log.pageTitle");
        this.history = history;
        this.clock = clock;
        addClassNames("portal-page", "access-log");
    }

    @Override
    protected List<AccessLogLine> open(String reference) {
        return history.accessLog(reference);
    }

    @Override
    protected void show(List<AccessLogLine> lines) {
        removeAll();
        add(new H1(getTranslation("medical.log.pageTitle")), new Paragraph(getTranslation("medical.log.intro")));
        if (lines.isEmpty()) {
            add(new Paragraph(getTranslation("medical.log.empty")));
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("log-lines");
        for (AccessLogLine line : lines) {
            ZonedDateTime at = line.at().atZone(clock.getZone());
            String when = Formats.date(at.toLocalDate(), getLocale()) + " "
                    + DateTimeFormatter.ofPattern("HH:mm").format(at);
            ListItem item = new ListItem(new Span(getTranslation(
                    "medical.log.line",
                    when,
                    line.who(),
                    getTranslation("medical.log.role." + line.role()),
                    getTranslation("medical.log.action." + line.action()),
                    getTranslation("medical.log.outcome." + line.outcome()))));
            item.addClassName("log-" + line.outcome().name().toLowerCase(Locale.ROOT));
            if (line.documentTitle() != null) {
                item.add(new Div(getTranslation("medical.log.document", line.documentTitle())));
            }
            if (line.reason() != null) {
                item.add(new Div(getTranslation(
                        "medical.log.reason",
                        getTranslation("consult.reason." + line.reason().name()))));
            }
            list.add(item);
        }
        add(list, new Anchor("dossier/" + reference() + "/documents", getTranslation("medical.documents.back")));
    }
}
