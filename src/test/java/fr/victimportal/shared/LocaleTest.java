package fr.victimportal.shared;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.dom.DomEvent;
import fr.victimportal.KaribuTest;
import fr.victimportal.account.AccountService;
import fr.victimportal.account.LoginAndLockoutTest;
import fr.victimportal.account.Role;
import fr.victimportal.shared.i18n.PortalLocales;
import fr.victimportal.shared.ui.LanguageSwitch;
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

    @Test
    void theLoginPageIsInFrenchByDefault() {
        UI.getCurrent().navigate("login");
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("fr");
        assertThat(LoginAndLockoutTest.sentToBrowser(_get(LoginForm.class))).contains("\"submit\":\"Se connecter\"");
    }

    @Test
    void theLoginPageIsInEnglishWhenTheBrowserPrefersEnglish() {
        startUi(Locale.UK);
        UI.getCurrent().navigate("login");
        assertThat(_get(H1.class).getText()).isEqualTo("Victim portal");
        assertThat(LoginAndLockoutTest.sentToBrowser(_get(LoginForm.class))).contains("\"submit\":\"Log in\"");
    }

    @Test
    void aBrowserInALanguageThePortalDoesNotSpeakGetsFrench() {
        startUi(Locale.GERMAN);
        UI.getCurrent().navigate("login");
        assertThat(_get(H1.class).getText()).isEqualTo("Portail victimes");
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
