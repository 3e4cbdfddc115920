package fr.victimportal.shared.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fr.victimportal.shared.PortalPrincipal;
import java.util.List;
import org.jsoup.nodes.Element;
import org.springframework.context.ApplicationEventPublisher;

/**
 * The frame of every signed-in page: a drawer (a hamburger menu on a phone) with the menu built from the views'
 * {@code @Menu} entries that the user may open, the user's name and role, the language and logout.
 *
 * <p>Issue 25: the menu is one HTML node ({@link StaticHtml}: a {@code nav} with a list of router links, each with its
 * {@code vaadin-icon}) instead of a SideNav with an item and an icon component per entry; after each navigation it is
 * written again with the current page marked {@code aria-current="page"}. AppLayout closes its drawer on a phone after
 * every navigation by itself ({@code AppLayout.showRouterLayoutContent}), so the menu needs no listener of its own.
 */
@AnonymousAllowed
@Uses(Icon.class) // the menu's <vaadin-icon> and the vaadin iconset stay in the optimised bundle
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    /**
     * Puts the keyboard focus back on the menu's current link after a navigation started from the menu (the links
     * are written again, which would leave the focus on the page's body), as SideNav kept it; not on a phone, where
     * the drawer closes over the page and app-layout itself gives the focus back.
     */
    private static final String KEEP_FOCUS = "this.addEventListener('click', e => { if (e.target.closest('a')) "
            + "this.$refocus = true; }); this.$afterRender = () => { const again = this.$refocus; "
            + "this.$refocus = false; const layout = this.closest('vaadin-app-layout'); "
            + "if (!again || (layout && layout.overlay)) return; "
            + "const a = this.querySelector('a[aria-current]'); if (a) a.focus(); };";

    private final List<MenuEntry> entries;
    private final Html menu;
    private String current;

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
        entries = MenuConfiguration.getMenuEntries();
        menu = StaticHtml.component(menu(null));
        menu.getElement().executeJs(KEEP_FOCUS);
        Scroller scroller = new Scroller(menu);
        addToDrawer(brand, scroller, userFooter(authentication, events));
    }

    /** Marks the page just opened in the menu (one property written again, only when the page changed). */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String path = event.getLocation().getPath();
        if (!path.equals(current)) {
            current = path;
            menu.getElement().setProperty("innerHTML", StaticHtml.innerHtml(menu(path)));
        }
        menu.getElement().executeJs("if (this.$afterRender) this.$afterRender();");
    }

    /** The menu as one element: {@code <nav aria-label><ul><li><a href router-link>icon text</a>}. */
    private Element menu(String currentPath) {
        Element nav = StaticHtml.root("nav", "portal-menu");
        nav.attr("aria-label", getTranslation("layout.nav"));
        Element list = nav.appendElement("ul");
        for (MenuEntry entry : entries) {
            String path = relative(entry.path());
            Element link = list.appendElement("li").appendElement("a");
            link.attr("href", path.isEmpty() ? "." : path).attr("router-link", "");
            if (path.equals(currentPath)) {
                link.attr("aria-current", "page");
            }
            if (entry.icon() != null && entry.icon().contains(":")) {
                link.appendElement("vaadin-icon").attr("icon", entry.icon()).attr("aria-hidden", "true");
            }
            StaticHtml.add(link, "span", getTranslation(entry.title()));
        }
        return nav;
    }

    /** "/mon-dossier" → "mon-dossier", "/" → "": relative to the page's base, as the router's locations are. */
    private static String relative(String path) {
        String p = path == null ? "" : path;
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        return p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
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
