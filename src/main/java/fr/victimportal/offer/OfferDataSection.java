package fr.victimportal.offer;

import fr.victimportal.claim.ClaimService;
import fr.victimportal.claim.OwnedClaimsSection;
import java.io.IOException;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The latest offer of each submitted claim, with its lines and settlement, in the owner's data export. */
@Component
@Order(30)
class OfferDataSection extends OwnedClaimsSection {

    private final OfferService offers;

    OfferDataSection(ClaimService claims, OfferService offers) {
        super(claims);
        this.offers = offers;
    }

    @Override
    protected void write(String reference, String folder, Sink sink) throws IOException {
        var latest = offers.latest(reference);
        if (latest.isPresent()) {
            sink.json(folder + "offres.json", latest.get());
        }
    }
}
