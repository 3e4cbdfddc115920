package fr.victimportal.claim;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.combobox.ComboBox;
import fr.victimportal.insurer.InsurerRef;
import java.util.List;

/** Chooses an insurer in a combo box as a user does: types part of its name, then picks it among the suggestions. */
public final class InsurerPicker {

    /** The label of the declaration's insurer field, in French. */
    public static final String DECLARATION = "Assureur qui traite la demande";

    private InsurerPicker() {}

    @SuppressWarnings("unchecked")
    public static ComboBox<InsurerRef> field(String label) {
        return _get(ComboBox.class, s -> s.withLabel(label));
    }

    /** The suggestions' labels once {@code typed} is typed into the field. */
    public static List<String> suggestions(String label, String typed) {
        ComboBox<InsurerRef> combo = field(label);
        ComboBoxKt.setUserInput(combo, typed);
        return ComboBoxKt.getSuggestions(combo);
    }

    /** Types {@code typed} and picks the suggestion whose label starts with {@code name}. */
    public static void pick(String label, String typed, String name) {
        ComboBox<InsurerRef> combo = field(label);
        ComboBoxKt.setUserInput(combo, typed);
        InsurerRef chosen = ComboBoxKt.getSuggestionItems(combo).stream()
                .filter(i -> combo.getItemLabelGenerator().apply(i).startsWith(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError(name + " is not among " + ComboBoxKt.getSuggestions(combo)));
        HasValueUtilsKt._setValue(combo, chosen);
    }

    /** In the declaration, picks the fixtures' test insurer. */
    public static void testInsurer() {
        pick(DECLARATION, "essai", "Assurances d’essai");
    }
}
