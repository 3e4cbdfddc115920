package fr.victimportal.shared;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.dom.DomEvent;
import fr.victimportal.HttpSignIn;
import fr.victimportal.KaribuTest;
import fr.victimportal.account.AccountService;
import fr.victimportal.account.Role;
import fr.victimportal.shared.i18n.PortalLocales;
import fr.victimportal.shared.ui.LanguageSwitch;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.node.JsonNodeFactory;

class LocaleTest extends KaribuTest {

    @Autowired
    private AccountService accounts;

    /** The sign-in page (plain HTML, issue 25) as a browser with these preferred languages gets it. */
    private String loginPage(String acceptLanguage) throws Exception {
        HttpRequest.Builder get = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"));
        if (acceptLanguage != null) {
            get.header("Accept-Language", acceptLanguage);
        }
        return HttpSignIn.browser()
                .send(get.build(), HttpResponse.BodyHandlers.ofString())
                .body();
    }

    @Test
    void theLoginPageIsInFrenchByDefault() throws Exception {
        String page = loginPage(null);
        assertThat(page).contains("<html lang=\"fr\">", "<h1>Portail victimes</h1>", ">Se connecter</button>");
    }

    @Test
    void theLoginPageIsInEnglishWhenTheBrowserPrefersEnglish() throws Exception {
        String page = loginPage("en-GB,en;q=0.9,fr;q=0.5");
        assertThat(page).contains("<html lang=\"en\">", "<h1>Victim portal</h1>", ">Log in</button>");
    }

    @Test
    void aBrowserInALanguageThePortalDoesNotSpeakGetsFrench() throws Exception {
        assertThat(loginPage("de-DE,de;q=0.9")).contains("<html lang=\"fr\">", "<h1>Portail victimes</h1>");
    }

    @Test
    void browserPreferencesAreReadInOrder() {
        assertThat(PortalLocales.fromBrowser(Collections.enumeration(List.of(Locale.GERMAN, Locale.US, Locale.FRANCE))))
                .isEqualTo(Locale.ENGLISH);
        assertThat(PortalLocales.fromBrowser(Collections.enumeration(List.of(Locale.CANADA_FRENCH, Locale.US))))
                .isEqualTo(Locale.FRENCH);
        assertThat(PortalLocales.fromBrowser(null)).isEqualTo(Locale.FRENCH);
    }

    @Test
    void aSignedInUserWhoChoosesEnglishGetsItSavedAndAppliedOnTheNextPage() {
        String email = "lang-" + UUID.randomUUID() + "@example.org";
        accounts.create(email, "Une-phrase-de-passe-solide", "Lou Test", Role.VICTIM, Locale.FRENCH);
        login(email, "Une-phrase-de-passe-solide");
        UI.getCurrent().navigate("");
        LanguageSwitch language = _get(LanguageSwitch.class);
        org.jsoup.nodes.Element shown = Jsoup.parseBodyFragment(
                        language.getElement().getProperty("innerHTML"))
                .body();
        assertThat(shown.select("label[for=language-select]").text()).isEqualTo("Langue");
        assertThat(shown.select("select#language-select > option"))
                .extracting(o -> o.text(), o -> o.val(), o -> o.hasAttr("selected"))
                .containsExactly(tuple("Français", "fr", true), tuple("English", "en", false));

        // the browser's "change" event of the native select, with the chosen option's value
        ElementUtilsKt._fireDomEvent(
                language.getElement(),
                new DomEvent(
                        language.getElement(),
                        "change",
                        JsonNodeFactory.instance.objectNode().put("event.target.value", "en")));

        startUiAs(email);
        UI.getCurrent().navigate("");
        assertThat(_get(H1.class).getText()).isEqualTo("Hello Lou Test");
    }

    private void startUiAs(String email) {
        startUi(Locale.FRENCH);
        login(email, "Une-phrase-de-passe-solide");
    }
}
