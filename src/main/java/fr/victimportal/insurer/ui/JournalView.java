package fr.victimportal.insurer.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.victimportal.insurer.InsurerAdmin;
import fr.victimportal.insurer.InsurerAdmin.JournalLine;
import fr.victimportal.shared.ClockConfiguration;
import fr.victimportal.shared.ui.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/**
 * The insurer's administrator reads what their agents did, from the audit trail: when, who, what and whether the
 * portal allowed it, newest first. A claim appears by its number only: the administrator sees no claim.
 */
@Route(value = "assureur/journal", layout = MainLayout.class)
@RolesAllowed("INSURER_ADMIN")
@Menu(title = "nav.insurerJournal", order = 3, icon = "vaadin:records")
public class JournalView extends Main implements HasDynamicTitle {

    public JournalView(InsurerAdmin admin) {
        addClassName("portal-page");
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT, FormatStyle.MEDIUM)
                .withLocale(getLocale())
                .withZone(ClockConfiguration.PARIS);
        List<JournalLine> lines = admin.journal();
        Grid<JournalLine> grid = new Grid<>();
        grid.addColumn(l -> time.format(l.at())).setHeader(getTranslation("insurer.journal.at"));
        grid.addColumn(JournalLine::agentName).setHeader(getTranslation("insurer.journal.agent"));
        grid.addColumn(l -> getTranslation("medical.log.action." + l.action()))
                .setHeader(getTranslation("insurer.journal.action"));
        grid.addColumn(l -> getTranslation("medical.log.outcome." + l.outcome()))
                .setHeader(getTranslation("insurer.journal.outcome"));
        grid.addColumn(l -> l.claimNumber() == null ? "—" : "n° " + l.claimNumber())
                .setHeader(getTranslation("insurer.journal.claim"));
        grid.setItems(lines);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("insurer.journal.title"));
        grid.setVisible(!lines.isEmpty());
        Paragraph empty = new Paragraph(lines.isEmpty() ? getTranslation("insurer.journal.none") : "");
        empty.setVisible(lines.isEmpty());
        add(
                new H1(getTranslation("insurer.journal.title")),
                new Paragraph(getTranslation("insurer.journal.intro", InsurerAdmin.JOURNAL_LIMIT)),
                empty,
                grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("insurer.journal.title") + " · " + getTranslation("app.name");
    }
}
