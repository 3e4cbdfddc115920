package fr.victimportal.claim;

import fr.victimportal.account.PersonalDataSection;
import java.io.IOException;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The claims the person owns, as declared and corrected, in their data export. */
@Component
@Order(10)
class ClaimDataSection implements PersonalDataSection {

    private final ClaimService claims;

    ClaimDataSection(ClaimService claims) {
        this.claims = claims;
    }

    @Override
    public void write(Sink sink) throws IOException {
        for (String reference : claims.myClaims()) {
            sink.json("dossiers/" + reference + "/dossier.json", claims.open(reference));
        }
    }
}
