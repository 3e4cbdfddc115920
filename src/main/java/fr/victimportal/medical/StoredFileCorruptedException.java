package fr.victimportal.medical;

/** A stored file does not check out (MAC or SHA-256 differs): it was damaged or tampered with, and is not served. */
public class StoredFileCorruptedException extends RuntimeException {

    public StoredFileCorruptedException(String storageId) {
        super("Stored medical file " + storageId + " failed its integrity check: damaged or tampered with");
    }
}
