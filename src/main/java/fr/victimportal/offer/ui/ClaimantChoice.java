package fr.victimportal.offer.ui;

import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.select.Select;
import fr.victimportal.offer.OfferFile;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The agent's choice of whose offer the page shows (issue 24): the direct victim's, or one active relative's or heir's.
 * Nobody else sees it: a relative sees only their own offer, the victim only theirs.
 */
final class ClaimantChoice {

    private static final Long VICTIM = 0L;

    private ClaimantChoice() {}

    static void addTo(
            HasComponents page,
            List<OfferFile.Recipient> claimants,
            String victimName,
            Long chosen,
            Consumer<Long> onChoice) {
        if (claimants.isEmpty()) {
            return;
        }
        var component = (com.vaadin.flow.component.Component) page;
        Select<Long> select = new Select<>();
        select.setLabel(component.getTranslation("offer.claimant.choice"));
        select.addClassName("offer-claimant-choice");
        List<Long> ids = new ArrayList<>(List.of(VICTIM));
        claimants.forEach(c -> ids.add(c.claimantId()));
        select.setItems(ids);
        select.setItemLabelGenerator(id -> VICTIM.equals(id)
                ? component.getTranslation("offer.record.forVictim", victimName)
                : claimants.stream()
                        .filter(c -> c.claimantId() == id)
                        .map(c -> OfferView.recipientName(component, c))
                        .findFirst()
                        .orElse(""));
        select.setValue(chosen == null ? VICTIM : chosen);
        select.addValueChangeListener(e -> {
            if (e.isFromClient() || e.getValue() != null) {
                onChoice.accept(VICTIM.equals(e.getValue()) ? null : e.getValue());
            }
        });
        page.add(select);
    }
}
