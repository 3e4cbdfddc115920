package fr.victimportal.medical;

/** What became of one uploaded file: stored under a document id, or refused with a translated reason. */
public record UploadOutcome(String originalName, Long documentId, String refusalKey, Object[] refusalArguments) {

    public boolean stored() {
        return documentId != null;
    }
}
