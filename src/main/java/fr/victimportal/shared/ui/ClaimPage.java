package fr.victimportal.shared.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import fr.victimportal.shared.ResourceNotFoundException;

/**
 * A page about one claim, reached by a route with a {@code :reference} parameter. On every navigation it reads the
 * reference, opens the claim through the module's service (which checks who may see it) and builds the page; a
 * claim that does not exist or is not the user's answers with the not-found page, never with a hint that it exists.
 * The browser tab reads "page title · portal name".
 *
 * @param <T> what the service returns when it opens the claim for this page
 */
public abstract class ClaimPage<T> extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final String titleKey;
    private String reference;

    protected ClaimPage(String titleKey) {
        this.titleKey = titleKey;
    }

    /** Opens the claim for this page through the service; throws a {@link ResourceNotFoundException} if hidden. */
    protected abstract T open(String reference);

    /** Builds the page from what {@link #open} returned. */
    protected abstract void show(T opened);

    /**
     * What happens once the claim is open: by default the page is built; a page that sends some readers elsewhere
     * (an unsent declaration, a read-only claim) overrides this.
     */
    protected void enter(BeforeEnterEvent event, T opened) {
        show(opened);
    }

    /**
     * Not final: a view with a class-level security annotation is a Spring proxy, and a final method would run on the
     * proxy's own empty fields instead of the view's.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        reference = event.getRouteParameters().get("reference").orElse(null);
        try {
            enter(event, open(reference));
        } catch (ResourceNotFoundException notTheirs) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    /** Opens the claim again and rebuilds the page, after the user changed something on it. */
    protected void reload() {
        show(open(reference));
    }

    /** The reference read from the route. */
    protected String reference() {
        return reference;
    }

    /** The translation key of the page title; a page whose title depends on the reader overrides it. */
    protected String titleKey() {
        return titleKey;
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey()) + " · " + getTranslation("app.name");
    }
}
