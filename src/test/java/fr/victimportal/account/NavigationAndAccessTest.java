package fr.victimportal.account;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import fr.victimportal.KaribuTest;
import fr.victimportal.StaticCards;
import fr.victimportal.account.ui.HomeView;
import fr.victimportal.account.ui.LockedAccountsView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class NavigationAndAccessTest extends KaribuTest {

    /** The drawer's menu links, as the user reads them (MainLayout writes the menu as one HTML node). */
    private static final String MENU_LINKS = "nav.portal-menu > ul > li > a";

    @Test
    void anAnonymousVisitorIsSentToTheLoginPage() {
        UI.getCurrent().navigate("");
        assertThat(SentToLogin.now()).as("sent to the sign-in page").isTrue();
    }

    @Test
    void anAnonymousVisitorCannotOpenTheSupportScreen() {
        UI.getCurrent().navigate(LockedAccountsView.class);
        assertThat(SentToLogin.now()).as("sent to the sign-in page").isTrue();
        assertThat(_find(H1.class)).extracting(H1::getText).doesNotContain("Comptes bloqués");
    }

    @ParameterizedTest
    // RELATIVE is only a claim participant's role (issue 24): no account has it
    @EnumSource(value = Role.class, mode = EnumSource.Mode.EXCLUDE, names = "RELATIVE")
    void eachRoleLandsOnItsOwnHome(Role role) {
        DemoAccounts.DemoAccount account = DemoLogins.of(role);
        login(account.email(), account.password());
        UI.getCurrent().navigate("");

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(HomeView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Bonjour " + account.displayName());
        assertThat(_get(Span.class, s -> s.withClasses("role-badge")).getText())
                .isEqualTo(
                        switch (role) {
                            case VICTIM -> "Victime";
                            case HELPER -> "Association d’aide aux victimes";
                            case AGENT -> "Agent de l’assureur";
                            case INSURER_ADMIN -> "Administrateur de l’assureur";
                            case DOCTOR -> "Médecin-conseil de la victime";
                            case EXPERT -> "Médecin examinateur de l’assureur";
                            case RELATIVE -> throw new IllegalArgumentException("not an account role");
                        });
        assertThat(_find(_get(OrderedList.class), ListItem.class)).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void theVictimsHomeTellsTheWithdrawalPeriodWithItsArticle() {
        login(DemoLogins.VICTIM, DemoLogins.VICTIM_PASSWORD);
        UI.getCurrent().navigate("");
        assertThat(_find(ListItem.class))
                .extracting(ListItem::getText)
                .anyMatch(t -> t.contains("15 jours") && t.contains("L211-16"))
                .anyMatch(t -> t.contains("procès-verbal"));
    }

    @Test
    void aVictimOpeningTheSupportScreenIsRefused() {
        login(DemoLogins.VICTIM, DemoLogins.VICTIM_PASSWORD);
        assertThatThrownBy(() -> UI.getCurrent().navigate(LockedAccountsView.class))
                .isInstanceOf(MockAccessDeniedException.class);
    }

    @Test
    void anAgentOpensTheSupportScreen() {
        login(DemoLogins.AGENT, DemoLogins.AGENT_PASSWORD);
        UI.getCurrent().navigate(LockedAccountsView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Comptes bloqués");
    }

    @Test
    void theMenuShowsAVictimOnlyItsEntries() {
        login(DemoLogins.VICTIM, DemoLogins.VICTIM_PASSWORD);
        UI.getCurrent().navigate("");
        assertThat(StaticCards.texts(MENU_LINKS))
                .containsExactly(
                        "Accueil",
                        "Mon dossier",
                        "Médecins-conseils",
                        "Calculer mes délais",
                        "Mes rappels",
                        "Mon compte",
                        "Courriels (démo)");
    }

    @Test
    void theMenuMarksTheCurrentPageAndLinksWithTheRouter() {
        login(DemoLogins.VICTIM, DemoLogins.VICTIM_PASSWORD);
        UI.getCurrent().navigate("");
        assertThat(StaticCards.texts(MENU_LINKS + "[aria-current=page]")).containsExactly("Accueil");
        UI.getCurrent().navigate("delais");
        assertThat(StaticCards.texts(MENU_LINKS + "[aria-current=page]")).containsExactly("Calculer mes délais");
        assertThat(StaticCards.elements(MENU_LINKS))
                .allSatisfy(a -> assertThat(a.hasAttr("router-link")).isTrue())
                .extracting(a -> a.attr("href"))
                .contains(".", "delais", "mon-dossier");
        assertThat(StaticCards.elements(MENU_LINKS + " > vaadin-icon"))
                .allSatisfy(i -> assertThat(i.attr("aria-hidden")).isEqualTo("true"))
                .extracting(i -> i.attr("icon"))
                .contains("vaadin:home", "vaadin:calendar-clock");
    }

    @Test
    void theMenuShowsAnAgentTheSupportEntry() {
        login(DemoLogins.AGENT, DemoLogins.AGENT_PASSWORD);
        UI.getCurrent().navigate("");
        assertThat(StaticCards.texts(MENU_LINKS))
                .containsExactly(
                        "Accueil",
                        "Dossiers",
                        "Médecins-conseils",
                        "Calculer mes délais",
                        "Mon compte",
                        "Comptes bloqués",
                        "Courriels en échec",
                        "Courriels (démo)");
    }

    @Test
    void theMenuShowsAnInsurersAdministratorTheirAgentsAndJournalButNoClaim() {
        login(DemoLogins.INSURER_ADMIN, DemoLogins.INSURER_ADMIN_PASSWORD);
        UI.getCurrent().navigate("");
        assertThat(StaticCards.texts(MENU_LINKS))
                .contains("Accueil", "Agents", "Journal des agents", "Mon compte")
                .doesNotContain("Dossiers", "Mon dossier", "Comptes bloqués", "Courriels en échec");
        assertThat(StaticCards.only(".user-role")).isEqualTo("Administrateur de l’assureur");
        String link = _get(Anchor.class, a -> a.withText("Voir et inviter vos agents"))
                .getHref();
        UI.getCurrent().navigate(link);
        assertThat(_get(H1.class).getText())
                .isEqualTo("Agents de l’assureur Assurances du Sud (fictif, démonstration)");
    }

    @Test
    void theLayoutShowsTheUsersNameAndRole() {
        login(DemoLogins.AGENT, DemoLogins.AGENT_PASSWORD);
        UI.getCurrent().navigate("");
        assertThat(StaticCards.only(".user-name")).isEqualTo("Karim Haddad");
        assertThat(StaticCards.only(".user-role")).isEqualTo("Agent de l’assureur");
    }
}
