package fr.victimportal.claim.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.victimportal.claim.AgentQueue;
import fr.victimportal.shared.Formats;
import fr.victimportal.shared.ui.MainLayout;
import jakarta.annotation.security.RolesAllowed;

/**
 * The insurer agents' queue: every submitted claim of the agent's own insurer, late ones first, with its stage and next deadline (and its
 * article); search by reference, victim name or accident date; filter by stage and by how soon the next deadline
 * falls. The grid is lazy: it asks for the rows it shows, a page at a time, and the count above it says how many
 * claims the filter keeps. A claim opens on the victim's own screens, after the agent says why (once per claim and session).
 */
@Route(value = "agent/dossiers", layout = MainLayout.class)
@RolesAllowed("AGENT")
@Menu(title = "nav.agentClaims", order = 2, icon = "vaadin:search")
public class AgentClaimsView extends Main implements HasDynamicTitle {

    private final AgentQueue queue;
    private final Grid<AgentQueue.Row> grid = new Grid<>();
    private final Paragraph summary = new Paragraph();
    private final TextField query = new TextField();
    private final Select<AgentQueue.Stage> stage = new Select<>();
    private final Select<AgentQueue.Due> due = new Select<>();
    private final Grid.Column<AgentQueue.Row> accident;

    public AgentClaimsView(AgentQueue queue) {
        this.queue = queue;
        addClassNames("portal-page", "agent-queue");
        query.setLabel(getTranslation("agent.search.label"));
        query.setHelperText(getTranslation("agent.search.help"));
        query.setClearButtonVisible(true);
        query.addClassName("queue-search");
        query.addKeyPressListener(Key.ENTER, e -> refresh());
        stage.setLabel(getTranslation("agent.filter.stage"));
        stage.setItems(AgentQueue.Stage.values());
        stage.setEmptySelectionAllowed(true);
        stage.setEmptySelectionCaption(getTranslation("agent.filter.all"));
        stage.setItemLabelGenerator(
                s -> s == null ? getTranslation("agent.filter.all") : getTranslation("agent.stage." + s.name()));
        stage.addValueChangeListener(e -> refresh());
        due.setLabel(getTranslation("agent.filter.due"));
        due.setItems(AgentQueue.Due.values());
        due.setValue(AgentQueue.Due.ANY);
        due.setItemLabelGenerator(d -> getTranslation("agent.due." + d.name()));
        due.addValueChangeListener(e -> refresh());
        Button search = new Button(getTranslation("agent.search.button"), e -> refresh());
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div bar = new Div(query, stage, due, search);
        bar.addClassName("queue-filters");
        // columns that wrap (the stage under the reference), so the queue reads at 360 px as on a desktop
        grid.addComponentColumn(r -> {
                    Anchor link = new Anchor("dossier/" + r.reference(), r.reference());
                    link.addClassName("queue-reference");
                    return new Div(
                            link,
                            new Div(getTranslation("agent.stage." + r.stage().name())));
                })
                .setHeader(getTranslation("agent.col.reference"))
                .setKey("reference")
                .setFlexGrow(1);
        grid.addColumn(AgentQueue.Row::victimName)
                .setHeader(getTranslation("agent.col.victim"))
                .setKey("victim")
                .setFlexGrow(1);
        accident = grid.addColumn(r -> Formats.shortDate(r.accidentDate()))
                .setHeader(getTranslation("agent.col.accident"))
                .setKey("accident")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::nextDeadline)
                .setHeader(getTranslation("agent.col.next"))
                .setKey("next")
                .setFlexGrow(2);
        // unread messages from the victim's side, in words ("3 non lus"): blank when none, never a colour or a badge
        // alone
        grid.addColumn(r -> r.unread() == 0 ? "" : getTranslation("agent.unread", r.unread()))
                .setHeader(getTranslation("agent.col.unread"))
                .setKey("unread")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setPageSize(PAGE_SIZE);
        grid.addClassName("queue-grid");
        grid.setHeight("70vh");
        grid.setPartNameGenerator(r -> r.late() ? "late" : null);
        summary.getElement().setAttribute("role", "status");
        add(
                new H1(getTranslation("agent.title")),
                new Paragraph(getTranslation("agent.queue.intro")),
                bar,
                summary,
                grid);
        refresh();
    }

    /** On a phone the accident date gives way, so the reference, the victim and the deadline stay readable. */
    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI()
                .getPage()
                .retrieveExtendedClientDetails(
                        details -> accident.setVisible(details.getWindowInnerWidth() > PHONE_WIDTH));
        event.getUI()
                .getPage()
                .addBrowserWindowResizeListener(resize -> accident.setVisible(resize.getWidth() > PHONE_WIDTH));
    }

    private static final int PHONE_WIDTH = 640;

    /** Rows asked for at a time: a screen and a half of them. */
    static final int PAGE_SIZE = 40;

    private Div nextDeadline(AgentQueue.Row r) {
        Div cell = new Div();
        if (r.next() == null) {
            cell.add(new Span(getTranslation("agent.next.none")));
            return cell;
        }
        Span what = new Span(getTranslation("deadline." + r.next().name() + ".title"));
        Span when = new Span(getTranslation(
                r.late() ? "agent.next.late" : "agent.next.due",
                Formats.shortDate(r.nextDue()),
                Math.abs(r.daysLeft())));
        when.addClassName(r.late() ? "queue-late" : "queue-due");
        Span basis = new Span(getTranslation("claim.basis", r.legalBasis()));
        basis.addClassName("deadline-basis");
        cell.add(what, new Div(when), new Div(basis));
        return cell;
    }

    private void refresh() {
        AgentQueue.Filter filter = new AgentQueue.Filter(query.getValue(), stage.getValue(), due.getValue());
        AgentQueue.Counts counts = queue.count(filter);
        // the count is the one shown above the grid: one count query per search, not one per scroll
        grid.setItems(q -> queue.page(filter, q.getOffset(), q.getLimit()).stream(), q ->
                (int) Math.min(counts.total(), Integer.MAX_VALUE));
        grid.setVisible(counts.total() > 0);
        summary.setText(
                counts.total() == 0
                        ? getTranslation("agent.search.none")
                        : getTranslation("agent.queue.count", counts.total(), counts.late()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("agent.title") + " · " + getTranslation("app.name");
    }
}
