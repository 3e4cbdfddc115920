package fr.victimportal.claim.model;

import fr.victimportal.claim.ClaimNotFoundException;
import fr.victimportal.deadline.Responsible;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A claim as one user may see it, with the version to send back when saving (a second tab then fails cleanly), and who
 * answers for the accident as the owner said (read with the claim, so the deadlines need not read the row again).
 */
public record ClaimFile(
        long version,
        String reference,
        ClaimStatus status,
        int wizardStep,
        String ownerName,
        Relation viewer,
        AccidentDetails accident,
        SituationDetails situation,
        List<VehicleDetails> vehicles,
        ProcedureDates dates,
        QuestionnaireAnswers questionnaire,
        long questionnaireVersion,
        Instant submittedAt,
        List<Revision> revisions,
        Set<HelperScope> helperScope,
        Representation representation,
        ProcedureFacts facts,
        LocalDate questionnaireSentOn,
        boolean declarantAsked,
        @Nullable Long handlingInsurerId,
        boolean insurerActed,
        Responsible responsible) {

    /** One correction of the submitted declaration; each change is "field, before, after". */
    public record Revision(Instant at, String by, String section, List<Change> changes) {}

    public record Change(String field, String before, String after) {}

    /** Anyone but a caseworker or a relative (issue 24: none of the items); a caseworker when their mandate covers it. */
    public boolean allows(HelperScope item) {
        return (viewer != Relation.HELPER && viewer != Relation.RELATIVE) || helperScope.contains(item);
    }

    /** Throws "not found" unless {@link #allows}: a caseworker asking beyond the mandate learns nothing more. */
    public ClaimFile require(HelperScope item) {
        if (!allows(item)) {
            throw new ClaimNotFoundException(reference);
        }
        return this;
    }

    public boolean editable() {
        return viewer.mayEditAnswers();
    }

    public boolean submitted() {
        return status == ClaimStatus.SUBMITTED;
    }

    /**
     * Whether the victim has sent the R211-37 answers to the insurer: the questionnaire counts as received on the day
     * it was sent (R211-31, R211-33), not on the day the answers were saved here.
     */
    public boolean questionnaireAnswered() {
        return questionnaireSentOn != null;
    }

    /**
     * Whether the declaration is filled in by someone other than the victim (a parent, a guardian, a curator, another
     * representative): the screens then speak of "the victim" instead of "you" for the victim's own facts.
     */
    public boolean byRepresentative() {
        return representation != null && representation.represented();
    }
}
