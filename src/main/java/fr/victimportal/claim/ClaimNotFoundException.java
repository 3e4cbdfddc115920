package fr.victimportal.claim;

import fr.victimportal.shared.ResourceNotFoundException;

/**
 * The claim does not exist or the current user has no part in it. The two are deliberately the same answer, so a
 * reference typed into the URL never confirms that someone else's claim exists.
 */
public class ClaimNotFoundException extends ResourceNotFoundException {

    public ClaimNotFoundException(String reference) {
        super("No accessible claim " + reference);
    }
}
