package fr.victimportal.shared.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Inline;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The HTML shell. Vaadin 25 no longer applies Lumo by itself; the app's own stylesheet is a plain web resource
 * (frontend/styles, copied to META-INF/resources) so the prebuilt bundle is kept and no Node build is needed.
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/portal.css")
@Meta(name = "theme-color", content = "#1a4f8b")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "icons/icon.svg", "any");
        // the open calendar of every date field passes axe (see CalendarAccessibility); inline, so no bundle change
        settings.addInlineWithContents(
                Inline.Position.APPEND, CalendarAccessibility.SCRIPT, Inline.Wrapping.JAVASCRIPT);
    }
}
