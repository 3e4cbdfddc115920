package fr.victimportal.shared;

/**
 * What the user asked for by its reference does not exist, or is not theirs to see. The two are deliberately the same
 * answer, so a reference typed into a URL never confirms that someone else's record exists; pages answer both with
 * the not-found page.
 */
public abstract class ResourceNotFoundException extends RuntimeException {

    protected ResourceNotFoundException(String message) {
        super(message);
    }
}
