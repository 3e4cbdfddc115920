package fr.victimportal.claim.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.victimportal.claim.ClaimService;
import fr.victimportal.shared.ui.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** "My file": the victim's claim dashboard, or the start of the declaration if there is none yet. */
@Route(value = "mon-dossier", layout = MainLayout.class)
@RolesAllowed("VICTIM")
@Menu(title = "nav.myClaim", order = 1, icon = "vaadin:folder-open")
public class MyClaimView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ClaimService claims;

    @org.springframework.beans.factory.annotation.Autowired
    private fr.victimportal.claim.ClaimRelatives relatives;

    public MyClaimView(ClaimService claims) {
        this.claims = claims;
        addClassName("portal-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> mine = claims.myClaims();
        if (!mine.isEmpty()) {
            event.forwardTo("dossier/" + mine.get(0));
            return;
        }
        removeAll();
        Button start =
                new Button(getTranslation("myClaim.start"), e -> UI.getCurrent().navigate("declaration"));
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(
                new H1(getTranslation("myClaim.title")),
                new Paragraph(getTranslation("myClaim.intro")),
                new Paragraph(getTranslation("myClaim.time")),
                start);
        relatives
                .followedClaims()
                .forEach(ref -> add(new Paragraph(new com.vaadin.flow.component.html.Anchor(
                        "dossier/" + ref,
                        getTranslation("family.followed", ref))))); // issue 24: claims followed as a relative
    }

    @Override
    public String getPageTitle() {
        return getTranslation("myClaim.title") + " · " + getTranslation("app.name");
    }
}
