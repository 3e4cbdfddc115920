package fr.victimportal.claim;

import java.time.Instant;
import java.util.List;

/** A claim as one user may see it, with the version to send back when saving (a second tab then fails cleanly). */
public record ClaimFile(long version, String reference, ClaimStatus status, int wizardStep, String ownerName,
        Relation viewer, AccidentDetails accident, SituationDetails situation, List<VehicleDetails> vehicles,
        ProcedureDates dates, QuestionnaireAnswers questionnaire, long questionnaireVersion, Instant submittedAt,
        List<Revision> revisions) {

    /** One correction of the submitted declaration; each change is "field, before, after". */
    public record Revision(Instant at, String by, String section, List<Change> changes) {
    }

    public record Change(String field, String before, String after) {
    }

    public boolean editable() {
        return viewer.mayEditAnswers();
    }

    public boolean submitted() {
        return status == ClaimStatus.SUBMITTED;
    }

    public boolean questionnaireAnswered() {
        return questionnaire.answeredOn() != null;
    }
}
