package fr.victimportal.claim;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;

/** The wizard's first question, "Qui remplit cette déclaration ?", answered through the real screen. */
public final class WhoFillsIn {

    private WhoFillsIn() {}

    /** Picks the choice whose label is {@code choice} and, unless {@code thenNext} is false, moves on. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static void choose(String choice) {
        RadioButtonGroup group = _get(RadioButtonGroup.class, s -> s.withLabel("Je suis"));
        Object item = group.getListDataView()
                .getItems()
                .filter(i -> group.getItemLabelGenerator().apply(i).equals(choice))
                .findFirst()
                .orElseThrow();
        HasValueUtilsKt._setValue(group, item);
    }

    /** The victim fills in their own claim. */
    public static void theVictim() {
        choose("la victime de l’accident");
        next();
    }

    public static void next() {
        _click(_get(Button.class, b -> b.withText("Enregistrer et continuer")));
    }
}
