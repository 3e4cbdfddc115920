package fr.victimportal.shared.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fr.victimportal.shared.PortalPrincipal;
import org.jsoup.nodes.Element;
import org.springframework.context.ApplicationEventPublisher;

/**
 * The frame of every signed-in page: a drawer (a hamburger menu on a phone) with the SideNav built from the views'
 * {@code @Menu} entries that the user may open, the user's name and role, the language and logout.
 */
@AnonymousAllowed
public class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext authentication, ApplicationEventPublisher events) {
        setPrimarySection(Section.DRAWER);
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("layout.menu"));
        Span title = new Span(getTranslation("app.name"));
        title.addClassName("navbar-title");
        addToNavbar(true, toggle, title);

        Header brand = new Header();
        brand.setText(getTranslation("app.name"));
        brand.addClassName("drawer-brand");
        Scroller scroller = new Scroller(sideNav());
        addToDrawer(brand, scroller, userFooter(authentication, events));
    }

    private SideNav sideNav() {
        SideNav nav = new SideNav();
        nav.getElement().setAttribute("aria-label", getTranslation("layout.nav"));
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null && entry.icon().contains(":")) {
                String[] icon = entry.icon().split(":", 2);
                Icon decorative = new Icon(icon[0], icon[1]);
                decorative.getElement().setAttribute("aria-hidden", "true");
                item.setPrefixComponent(decorative);
            }
            nav.addItem(item);
        }
        return nav;
    }

    private Footer userFooter(AuthenticationContext authentication, ApplicationEventPublisher events) {
        Footer footer = new Footer();
        footer.addClassName("drawer-footer");
        authentication
                .getAuthenticatedUser(PortalPrincipal.class)
                .ifPresentOrElse(
                        user -> {
                            // who is signed in: one node (the name is the person's own, escaped as text)
                            Element who = StaticHtml.root("div", "user");
                            StaticHtml.add(who, "span", user.displayName(), "user-name");
                            StaticHtml.add(who, "span", getTranslation("role." + user.roleName()), "user-role");
                            Button logout = new Button(getTranslation("layout.logout"), e -> authentication.logout());
                            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                            footer.add(StaticHtml.component(who), logout);
                        },
                        () -> footer.add(new Anchor("login", getTranslation("layout.login"))));
        footer.add(new LanguageSwitch(events));
        return footer;
    }
}
