package fr.victimportal.mandate;

import fr.victimportal.account.PersonalDataSection;
import fr.victimportal.claim.ClaimNotFoundException;
import fr.victimportal.claim.ClaimService;
import java.io.IOException;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The mandates the owner signed on each claim, in their data export. */
@Component
@Order(40)
class MandateDataSection implements PersonalDataSection {

    private final ClaimService claims;
    private final Mandates mandates;

    MandateDataSection(ClaimService claims, Mandates mandates) {
        this.claims = claims;
        this.mandates = mandates;
    }

    @Override
    public void write(Sink sink) throws IOException {
        for (String reference : claims.myClaims()) {
            try {
                var list = mandates.ofClaim(reference);
                if (!list.isEmpty()) {
                    sink.json("dossiers/" + reference + "/mandats.json", list);
                }
            } catch (ClaimNotFoundException draft) {
                // mandates exist only on a submitted claim
            }
        }
    }
}
