package fr.victimportal.claim.internal;

import fr.victimportal.claim.ClaimService;
import fr.victimportal.claim.OwnedClaimsSection;
import java.io.IOException;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The claims the person owns, as declared and corrected, in their data export. */
@Component
@Order(10)
class ClaimDataSection extends OwnedClaimsSection {

    private final ClaimService claims;

    ClaimDataSection(ClaimService claims) {
        super(claims);
        this.claims = claims;
    }

    @Override
    protected void write(String reference, String folder, Sink sink) throws IOException {
        sink.json(folder + "dossier.json", claims.open(reference));
    }
}
