package fr.victimportal.offer;

import fr.victimportal.account.PersonalDataSection;
import fr.victimportal.claim.ClaimNotFoundException;
import fr.victimportal.claim.ClaimService;
import java.io.IOException;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The latest offer of each submitted claim, with its lines and settlement, in the owner's data export. */
@Component
@Order(30)
class OfferDataSection implements PersonalDataSection {

    private final ClaimService claims;
    private final OfferService offers;

    OfferDataSection(ClaimService claims, OfferService offers) {
        this.claims = claims;
        this.offers = offers;
    }

    @Override
    public void write(Sink sink) throws IOException {
        for (String reference : claims.myClaims()) {
            try {
                var latest = offers.latest(reference);
                if (latest.isPresent()) {
                    sink.json("dossiers/" + reference + "/offres.json", latest.get());
                }
            } catch (ClaimNotFoundException draft) {
                // a declaration not yet sent has no offer
            }
        }
    }
}
