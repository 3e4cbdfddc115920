package fr.victimportal.claim;

import fr.victimportal.account.PersonalDataSection;
import java.io.IOException;

/**
 * A module's part of the data export that writes something per claim the person owns, under
 * {@code dossiers/<reference>/}. A claim the module has nothing for (a declaration not yet sent) is skipped.
 */
public abstract class OwnedClaimsSection implements PersonalDataSection {

    private final ClaimService claims;

    protected OwnedClaimsSection(ClaimService claims) {
        this.claims = claims;
    }

    @Override
    public final void write(Sink sink) throws IOException {
        for (String reference : claims.myClaims()) {
            try {
                write(reference, "dossiers/" + reference + "/", sink);
            } catch (ClaimNotFoundException nothingHere) {
                // e.g. offers and mandates exist only on a submitted claim
            }
        }
    }

    /** Writes this module's data of one claim; {@code folder} ends with a slash. */
    protected abstract void write(String reference, String folder, Sink sink) throws IOException;
}
