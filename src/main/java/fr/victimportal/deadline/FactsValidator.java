package fr.victimportal.deadline;

import java.time.LocalDate;

/**
 * Rejects facts that cannot be true (a death before the accident, an answer before the question...) with a
 * {@link DeadlineInputException} naming the field, rather than computing nonsense deadlines from them.
 */
final class FactsValidator {

    static final String REQUIRED = "deadline.error.required";
    static final String OUT_OF_RANGE = "deadline.error.dateOutOfRange";
    static final String NOT_BEFORE = "deadline.error.notBefore";
    static final String NOT_AFTER = "deadline.error.notAfter";
    static final String ANSWER_WITHOUT_REQUEST = "deadline.error.answerWithoutRequest";
    static final String REASK_WITHOUT_ANSWER = "deadline.error.reaskWithoutAnswer";

    /** Far enough back for any open file, far enough ahead for a 10-year limitation of a late aggravation. */
    static final LocalDate MIN_DATE = LocalDate.of(1900, 1, 1);

    static final LocalDate MAX_DATE = LocalDate.of(2199, 12, 31);

    private FactsValidator() {}

    static void validate(ClaimFacts f) {
        LocalDate accident = f.accidentDate();
        inRange("accidentDate", accident);
        after("insurerNoticeDate", f.insurerNoticeDate(), "accidentDate", accident);
        after("compensationRequestDate", f.compensationRequestDate(), "accidentDate", accident);
        after("consolidationDate", f.consolidationDate(), "accidentDate", accident);
        after("consolidationKnownDate", f.consolidationKnownDate(), "accidentDate", accident);
        after("consolidationKnownDate", f.consolidationKnownDate(), "consolidationDate", f.consolidationDate());
        questionnaire("questionnaire", f.questionnaire(), "accidentDate", accident);
        Questionnaire post = f.postConsolidationQuestionnaire();
        questionnaire("postConsolidationQuestionnaire", post, "accidentDate", accident);
        if (post != null) {
            // R211-32: the letter is sent once the insurer has been informed of the consolidation.
            after(
                    "postConsolidationQuestionnaire.presented",
                    post.presented(),
                    "consolidationKnownDate",
                    f.consolidationKnownDate());
        }
        after("examinationDate", f.examinationDate(), "accidentDate", accident);
        after("examNoticeReceivedDate", f.examNoticeReceivedDate(), "accidentDate", accident);
        before("examNoticeReceivedDate", f.examNoticeReceivedDate(), "examinationDate", f.examinationDate());
        after("deathDate", f.deathDate(), "accidentDate", accident);
        before("examinationDate", f.examinationDate(), "deathDate", f.deathDate());
        after("settlementDate", f.settlementDate(), "accidentDate", accident);
        for (int i = 0; i < f.aggravations().size(); i++) {
            Aggravation a = f.aggravations().get(i);
            String field = "aggravations[" + i + "]";
            if (a.consolidationDate() == null) {
                throw new DeadlineInputException(field + ".consolidationDate", REQUIRED);
            }
            after(field + ".consolidationDate", a.consolidationDate(), "accidentDate", accident);
            after(field + ".consolidationDate", a.consolidationDate(), "consolidationDate", f.consolidationDate());
            after(
                    field + ".insurerInformedDate",
                    a.insurerInformedDate(),
                    field + ".consolidationDate",
                    a.consolidationDate());
        }
    }

    private static void questionnaire(String name, Questionnaire q, String anchorField, LocalDate anchor) {
        if (q == null) {
            return;
        }
        after(name + ".presented", q.presented(), anchorField, anchor);
        inRange(name + ".answerReceived", q.answerReceived());
        inRange(name + ".completeReceived", q.completeReceived());
        inRange(name + ".reaskSent", q.reaskSent());
        if (q.presented() == null && (q.firstAnswer() != null || q.reaskSent() != null)) {
            throw new DeadlineInputException(name + ".presented", ANSWER_WITHOUT_REQUEST);
        }
        after(name + ".answerReceived", q.answerReceived(), name + ".presented", q.presented());
        after(name + ".completeReceived", q.completeReceived(), name + ".presented", q.presented());
        after(name + ".completeReceived", q.completeReceived(), name + ".answerReceived", q.answerReceived());
        if (q.reaskSent() != null && q.firstAnswer() == null) {
            throw new DeadlineInputException(name + ".reaskSent", REASK_WITHOUT_ANSWER);
        }
        after(name + ".reaskSent", q.reaskSent(), name + ".answerReceived", q.firstAnswer());
    }

    /** {@code value} must not be before {@code other} (both optional). */
    private static void after(String field, LocalDate value, String otherField, LocalDate other) {
        inRange(field, value);
        if (value != null && other != null && value.isBefore(other)) {
            throw new DeadlineInputException(field, NOT_BEFORE, otherField, value, other);
        }
    }

    /** {@code value} must not be after {@code other} (both optional). */
    private static void before(String field, LocalDate value, String otherField, LocalDate other) {
        inRange(field, value);
        if (value != null && other != null && value.isAfter(other)) {
            throw new DeadlineInputException(field, NOT_AFTER, otherField, value, other);
        }
    }

    static void inRange(String field, LocalDate value) {
        if (value != null && (value.isBefore(MIN_DATE) || value.isAfter(MAX_DATE))) {
            throw new DeadlineInputException(field, OUT_OF_RANGE, value, MIN_DATE, MAX_DATE);
        }
    }

    static void required(String field, Object value) {
        if (value == null) {
            throw new DeadlineInputException(field, REQUIRED);
        }
    }
}
