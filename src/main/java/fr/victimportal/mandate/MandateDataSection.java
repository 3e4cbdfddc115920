package fr.victimportal.mandate;

import fr.victimportal.claim.ClaimService;
import fr.victimportal.claim.OwnedClaimsSection;
import java.io.IOException;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The mandates the owner signed on each claim, in their data export. */
@Component
@Order(40)
class MandateDataSection extends OwnedClaimsSection {

    private final Mandates mandates;

    MandateDataSection(ClaimService claims, Mandates mandates) {
        super(claims);
        this.mandates = mandates;
    }

    @Override
    protected void write(String reference, String folder, Sink sink) throws IOException {
        var list = mandates.ofClaim(reference);
        if (!list.isEmpty()) {
            sink.json(folder + "mandats.json", list);
        }
    }
}
