package fr.victimportal.claim.ui;

import fr.victimportal.claim.ClaimNotFoundException;
import fr.victimportal.claim.ClaimService;
import fr.victimportal.claim.model.ClaimFile;
import fr.victimportal.claim.model.Relation;

/**
 * The victim's own declaration and questionnaire (their income, their injuries, R211-37) are not a relative's to read:
 * a relative of a living victim follows the dashboard, and an heir gives their own answers (R211-38). For a relative
 * these pages are "not found", exactly like a claim that is not theirs.
 */
final class VictimOnly {

    private VictimOnly() {}

    static ClaimFile open(ClaimService claims, String reference) {
        ClaimFile file = claims.open(reference);
        if (file.viewer() == Relation.RELATIVE) {
            throw new ClaimNotFoundException(reference);
        }
        return file;
    }
}
