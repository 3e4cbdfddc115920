package fr.victimportal.account.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fr.victimportal.account.PortalUser;
import fr.victimportal.account.Role;
import fr.victimportal.shared.ui.MainLayout;
import jakarta.annotation.security.PermitAll;
import java.util.Map;

/**
 * Each role's home: who the user is in the procedure and what they can do here, step by step. Victims and helpers
 * also get the rights listed in the official notice (A211-11 annex; docs/legal-notes.md).
 */
@Route(value = "", layout = MainLayout.class)
@PermitAll
@Menu(title = "nav.home", order = 0, icon = "vaadin:home")
public class HomeView extends Main implements HasDynamicTitle {

    /** How many next steps each role's text has (keys home.ROLE.step1 … stepN). */
    static final Map<Role, Integer> STEPS = Map.of(
            Role.VICTIM, 6, Role.HELPER, 4, Role.AGENT, 4, Role.INSURER_ADMIN, 3, Role.DOCTOR, 3, Role.EXPERT, 3);

    static final int RIGHTS = 6;
    /** Duties (R211-37 information, telling the health-insurance fund) are listed apart, never as rights. */
    private static final int DUTIES = 2;

    public HomeView(AuthenticationContext authentication) {
        addClassName("portal-page");
        PortalUser user = authentication.getAuthenticatedUser(PortalUser.class).orElseThrow();
        Role role = user.role();
        String prefix = "home." + role.name();
        Span roleBadge = new Span(getTranslation("role." + role.name()));
        roleBadge.addClassName("role-badge");
        add(
                new H1(getTranslation("home.welcome", user.displayName())),
                roleBadge,
                new Paragraph(getTranslation(prefix + ".intro")));

        OrderedList steps = new OrderedList();
        for (int i = 1; i <= STEPS.get(role); i++) {
            steps.add(new ListItem(getTranslation(prefix + ".step" + i)));
        }
        Section next = new Section(new H2(getTranslation("home.next")), steps);
        if (role == Role.VICTIM) {
            // the claim module's route, named by path: account does not depend on claim
            next.add(new Anchor("mon-dossier", getTranslation("home.VICTIM.open")));
        }
        if (role == Role.INSURER_ADMIN) {
            // the insurer module's route, named by path: account does not depend on insurer
            next.add(new Anchor("assureur/agents", getTranslation("home.INSURER_ADMIN.open")));
        }
        next.addClassName("card");
        add(next);

        if (role == Role.VICTIM || role == Role.HELPER) {
            UnorderedList rights = new UnorderedList();
            for (int i = 1; i <= RIGHTS; i++) {
                rights.add(new ListItem(getTranslation("home.rights.item" + i)));
            }
            // a caseworker reads about the victim's rights, not "your" rights
            String reader = role == Role.VICTIM ? "" : "." + role.name();
            Section rightsSection = new Section(
                    new H2(getTranslation("home.rights.title" + reader)),
                    rights,
                    new Paragraph(getTranslation("home.rights.source")));
            rightsSection.addClassName("card");
            UnorderedList duties = new UnorderedList();
            for (int i = 1; i <= DUTIES; i++) {
                duties.add(new ListItem(getTranslation("home.duties.item" + i)));
            }
            Section dutiesSection = new Section(new H2(getTranslation("home.duties.title" + reader)), duties);
            dutiesSection.addClassNames("card", "duties");
            add(rightsSection, dutiesSection);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title") + " · " + getTranslation("app.name");
    }
}
