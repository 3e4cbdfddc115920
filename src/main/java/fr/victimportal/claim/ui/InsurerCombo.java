package fr.victimportal.claim.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import fr.victimportal.insurer.InsurerRef;
import fr.victimportal.insurer.Insurers;
import org.jspecify.annotations.Nullable;

/**
 * The insurer list, searched as the user types (name or identifier, accents and case aside), fetched lazily and at
 * most {@link #LIMIT} at a time; made-up demonstration names carry their mark.
 */
class InsurerCombo extends ComboBox<InsurerRef> {

    /** The most insurers one search shows: typing more narrows it. */
    static final int LIMIT = 50;

    /**
     * @param excluded an insurer not offered (the one handling the claim, in a transfer), or {@code null}
     */
    InsurerCombo(Insurers insurers, String label, @Nullable Long excluded) {
        setLabel(label);
        setItems(query -> insurers.search(query.getFilter().orElse(""), LIMIT).stream()
                .filter(i -> excluded == null || i.id() != excluded)
                .skip(query.getOffset())
                .limit(query.getLimit()));
        setItemLabelGenerator(i -> i.label(getTranslation("insurer.fictitious")));
        setClearButtonVisible(true);
        setWidthFull();
        addClassName("insurer-combo");
    }
}
