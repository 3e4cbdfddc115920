package fr.victimportal.claim.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.victimportal.claim.ClaimFile;
import fr.victimportal.claim.ClaimService;
import fr.victimportal.shared.ui.Formats;
import fr.victimportal.shared.ui.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** Insurer agents find a submitted claim by reference, victim name or accident date, and open the victim's screens. */
@Route(value = "agent/dossiers", layout = MainLayout.class)
@RolesAllowed("AGENT")
@Menu(title = "nav.agentClaims", order = 2, icon = "vaadin:search")
public class AgentClaimsView extends Main implements HasDynamicTitle {

    private final ClaimService claims;
    private final Grid<ClaimFile> grid = new Grid<>();
    private final Paragraph summary = new Paragraph();

    public AgentClaimsView(ClaimService claims) {
        this.claims = claims;
        addClassName("portal-page");
        TextField query = new TextField(getTranslation("agent.search.label"));
        query.setHelperText(getTranslation("agent.search.help"));
        query.setClearButtonVisible(true);
        query.setWidthFull();
        Button search = new Button(getTranslation("agent.search.button"), e -> search(query.getValue()));
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        search.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        HorizontalLayout bar = new HorizontalLayout(query, search);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bar.setWidthFull();
        grid.addComponentColumn(f -> new Anchor("dossier/" + f.reference(), f.reference()))
                .setHeader(getTranslation("agent.col.reference")).setKey("reference");
        grid.addColumn(ClaimFile::ownerName).setHeader(getTranslation("agent.col.victim")).setKey("victim");
        grid.addColumn(f -> Formats.shortDate(f.accident().date())).setHeader(getTranslation("agent.col.accident"))
                .setKey("accident");
        grid.setAllRowsVisible(true);
        grid.setVisible(false);
        summary.getElement().setAttribute("role", "status");
        add(new H1(getTranslation("agent.title")), bar, summary, grid);
    }

    private void search(String text) {
        List<ClaimFile> found = claims.search(text);
        grid.setItems(found);
        grid.setVisible(!found.isEmpty());
        summary.setText(getTranslation(found.isEmpty() ? "agent.search.none" : "agent.search.count", found.size()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("agent.title") + " · " + getTranslation("app.name");
    }
}
