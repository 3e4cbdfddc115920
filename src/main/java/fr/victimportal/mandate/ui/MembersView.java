package fr.victimportal.mandate.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.victimportal.claim.ClaimParticipants;
import fr.victimportal.claim.model.HelperScope;
import fr.victimportal.shared.ClockConfiguration;
import fr.victimportal.shared.Formats;
import fr.victimportal.shared.ui.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * A caseworker's members: each victim who mandated them, with what the mandate covers, its end, and links to only the
 * screens that scope opens. Nothing else of the claim is listed here.
 */
@Route(value = "adherents", layout = MainLayout.class)
@RolesAllowed("HELPER")
@Menu(title = "nav.members", order = 1, icon = "vaadin:users")
public class MembersView extends Main implements HasDynamicTitle {

    public MembersView(ClaimParticipants participants) {
        addClassNames("portal-page", "members-page");
        add(new H1(getTranslation("members.title")), new Paragraph(getTranslation("members.intro")));
        List<ClaimParticipants.HelperClaim> claims = participants.myMandatedClaims();
        if (claims.isEmpty()) {
            add(new Paragraph(getTranslation("members.none")));
        }
        for (ClaimParticipants.HelperClaim c : claims) {
            Div card = new Div();
            card.addClassNames("card", "member-card");
            card.add(new H2(getTranslation("members.card.title", c.memberName(), c.reference())));
            if (c.until() != null) {
                card.add(new Paragraph(getTranslation(
                        "members.card.until",
                        Formats.date(
                                c.until()
                                        .minusSeconds(1)
                                        .atZone(ClockConfiguration.PARIS)
                                        .toLocalDate(),
                                getLocale()))));
            }
            UnorderedList links = new UnorderedList();
            links.add(new ListItem(new Anchor("dossier/" + c.reference(), getTranslation("members.link.dashboard"))));
            if (c.scope().contains(HelperScope.CORRESPONDENCE)) {
                links.add(new ListItem(
                        new Anchor("dossier/" + c.reference() + "/offre", getTranslation("members.link.offer"))));
            }
            if (c.scope().contains(HelperScope.DOCUMENTS)) {
                links.add(new ListItem(new Anchor(
                        "dossier/" + c.reference() + "/documents", getTranslation("members.link.documents"))));
            }
            if (c.scope().contains(HelperScope.ACCOMPANY)) {
                links.add(new ListItem(
                        new Anchor("dossier/" + c.reference() + "/examen", getTranslation("members.link.exam"))));
            }
            if (c.scope().contains(HelperScope.FIND_DOCTOR)) {
                links.add(new ListItem(
                        new Anchor("dossier/" + c.reference() + "/medecin", getTranslation("members.link.doctor"))));
            }
            UnorderedList scope = new UnorderedList();
            c.scope().forEach(s -> scope.add(new ListItem(getTranslation("mandate.scope." + s.name()))));
            card.add(new Paragraph(getTranslation("mandate.card.scope")), scope, links);
            add(card);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("members.title") + " · " + getTranslation("app.name");
    }
}
