package fr.victimportal.medical;

/**
 * The document does not exist or the current user may not open it: deliberately the same answer, so an id typed
 * into a URL never confirms that someone else's document exists.
 */
public class DocumentNotFoundException extends RuntimeException {

    public DocumentNotFoundException(long id) {
        super("No accessible medical document " + id);
    }
}
