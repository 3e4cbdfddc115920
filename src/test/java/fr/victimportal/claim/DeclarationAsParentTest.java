package fr.victimportal.claim;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import fr.victimportal.KaribuTest;
import fr.victimportal.StaticCards;
import fr.victimportal.account.Role;
import fr.victimportal.claim.model.VictimRole;
import fr.victimportal.claim.ui.DashboardView;
import fr.victimportal.claim.ui.DeclarationView;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A parent fills in the claim of their child: who fills in is asked first, every screen speaks of
 * "the victim", and the representative and the judge's authorisation (L211-15) are shown before sending.
 */
class DeclarationAsParentTest extends KaribuTest {

    @Autowired
    private ClaimFixtures fixtures;

    @Autowired
    private JdbcTemplate jdbc;

    private String parent;

    @BeforeEach
    void signInTheParent() {
        fixtures.insurer();
        parent = fixtures.newUser(Role.VICTIM, "Sarah Martin");
        login(parent, ClaimFixtures.PASSWORD);
    }

    private Map<String, Object> row() {
        return DeclarationReads.claimOwnedBy(jdbc, parent);
    }

    private String heading() {
        return DeclarationReads.wizardHeading();
    }

    /** The view's text, with the field labels and helper texts (properties, not text). */
    private static String viewWithLabels() {
        Component view = (Component) UI.getCurrent().getCurrentView();
        StringBuilder all = new StringBuilder(StaticCards.textOf(view.getElement())).append(" | ");
        collect(view, all);
        String text = all.toString();
        assertThat(text).hasSizeGreaterThan(200);
        return text;
    }

    private static void collect(Component c, StringBuilder all) {
        for (String p : List.of("label", "helperText")) {
            String v = c.getElement().getProperty(p);
            if (v != null) {
                all.append(v).append(" | ");
            }
        }
        c.getChildren().forEach(child -> collect(child, all));
    }

    private static void assertSpokenToTheParent() {
        assertThat(viewWithLabels())
                .doesNotContain(
                        "Votre date de naissance",
                        "Comme vous aviez",
                        "vous étiez",
                        "J’avais déjà",
                        "J’habite",
                        "Votre situation",
                        "Déclarer mon accident",
                        "votre état",
                        "C’est mon véhicule",
                        "Qui doit vous indemniser",
                        "!{");
    }

    private void next() {
        WhoFillsIn.next();
    }

    @Test
    void aParentIsAskedWhoFillsInFirstAndEveryStepSpeaksOfTheVictim() {
        UI.getCurrent().navigate("mon-dossier");
        _click(_get(Button.class, b -> b.withText("Déclarer mon accident")));
        assertThat(heading()).isEqualTo("Qui remplit cette déclaration ?");
        WhoFillsIn.choose("le parent d’un enfant mineur victime (administrateur légal)");
        HasValueUtilsKt._setValue(_get(TextField.class, s -> s.withLabel("Nom et prénom de la victime")), "Léo Martin");
        assertThat(_find(Paragraph.class))
                .extracting(Paragraph::getText)
                .anyMatch(t -> t.contains("juge des tutelles") && t.contains("L211-15"));
        next();

        assertThat(row())
                .containsEntry("REPRESENTED_PERSON", "MINOR")
                .containsEntry("REPRESENTATIVE_ROLE", "PARENT")
                .containsEntry("REPRESENTED_NAME", "Léo Martin")
                .containsEntry("DECLARANT_ASKED", true);

        // step 1
        assertThat(heading()).isEqualTo("L’accident");
        assertThat(_get(Paragraph.class, p -> p.withClasses("declarant-line"))
                        .getElement()
                        .getTextRecursively())
                .startsWith("Déclaration remplie par le parent d’un enfant mineur victime (administrateur légal) : "
                        + "Léo Martin.");
        HasValueUtilsKt._setValue(
                _get(DatePicker.class, s -> s.withLabel("Date de l’accident")), LocalDate.of(2026, 10, 5));
        HasValueUtilsKt._setValue(_get(TextField.class, s -> s.withLabel("Commune")), "Pessac");
        HasValueUtilsKt._setValue(_get(TextField.class, s -> s.withLabel("Département")), "33");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<VictimRole> role =
                _get(RadioButtonGroup.class, s -> s.withLabel("Pendant l’accident, la victime était"));
        assertSpokenToTheParent();
        HasValueUtilsKt._setValue(role, VictimRole.PEDESTRIAN);
        next();

        // step 2
        assertThat(heading()).isEqualTo("La situation de la victime");
        assertThat(_find(Checkbox.class))
                .extracting(Checkbox::getLabel)
                .contains(
                        "La victime avait déjà un titre d’invalidité ou d’incapacité d’au moins 80 %",
                        "La victime habite outre-mer ou à l’étranger");
        assertSpokenToTheParent();
        HasValueUtilsKt._setValue(
                _get(DatePicker.class, s -> s.withLabel("Date de naissance de la victime")), LocalDate.of(2015, 3, 14));
        next();

        // step 3
        assertThat(viewWithLabels()).contains("y compris celui de la victime");
        assertSpokenToTheParent();
        HasValueUtilsKt._setValue(_get(TextField.class, s -> s.withLabel("Immatriculation")), "GH-456-JK");
        InsurerPicker.testInsurer();
        next();

        // step 4
        assertThat(heading()).isEqualTo("Les dates");
        assertSpokenToTheParent();
        next();

        // step 5: the review, the representative and the judge's authorisation before the button that sends
        assertThat(heading()).isEqualTo("Vérifier et envoyer");
        assertThat(viewWithLabels())
                .contains(
                        "Qui doit indemniser la victime, et comment",
                        "Comme la victime avait moins de 16 ans, elle est indemnisée dans tous les cas");
        assertSpokenToTheParent();
        DeclarationView view = (DeclarationView) UI.getCurrent().getCurrentView();
        List<Component> children = view.getChildren().toList();
        Section representation = _get(Section.class, s -> s.withClasses("representation-panel"));
        Component buttons = children.stream()
                .filter(c -> c.getElement().getClassList().contains("wizard-buttons"))
                .findFirst()
                .orElseThrow();
        assertThat(children.indexOf(representation)).isLessThan(children.indexOf(buttons));
        assertThat(representation.getElement().getTextRecursively()).contains("Léo Martin", "juge des tutelles");

        _click(_get(Button.class, b -> b.withText("Envoyer ma déclaration")));
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(DashboardView.class);
        assertThat(row()).containsEntry("STATUS", "SUBMITTED");
        assertThat(viewWithLabels())
                .contains(
                        "Qui doit indemniser la victime, et comment",
                        "Comme la victime avait moins de 16 ans",
                        "s’il n’a pas été informé de la consolidation de l’état de la victime dans les trois mois");
        assertSpokenToTheParent();
    }

    @Test
    void aCuratorAssistsTheVictimAndIsToldNoJudgeIsNeeded() {
        UI.getCurrent().navigate("declaration");
        WhoFillsIn.choose("le curateur ou la curatrice qui assiste la victime (majeur sous curatelle)");
        HasValueUtilsKt._setValue(_get(TextField.class, s -> s.withLabel("Nom et prénom de la victime")), "Paul Roy");
        assertThat(_find(Paragraph.class))
                .extracting(Paragraph::getText)
                .anyMatch(t -> t.startsWith("Sous curatelle, la victime accepte elle-même l’offre"));
        next();
        assertThat(row())
                .containsEntry("REPRESENTED_PERSON", "PROTECTED_ADULT")
                .containsEntry("REPRESENTATIVE_ROLE", "CURATOR");
        assertThat(heading()).isEqualTo("L’accident");
    }

    @Test
    void aChoiceIsRequiredBeforeTheFirstStep() {
        UI.getCurrent().navigate("declaration");
        next();
        @SuppressWarnings("rawtypes")
        RadioButtonGroup who = _get(RadioButtonGroup.class, s -> s.withLabel("Je suis"));
        assertThat(who.isInvalid()).isTrue();
        assertThat(who.getErrorMessage()).isEqualTo("Indiquez qui remplit la déclaration.");
        assertThat(row()).containsEntry("DECLARANT_ASKED", false);
        UI.getCurrent().navigate("declaration/" + row().get("REFERENCE") + "/1");
        assertThat(heading())
                .as("the question comes first, whatever the address")
                .isEqualTo("Qui remplit cette déclaration ?");
    }
}
