package fr.victimportal.claim;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/** The stages of the procedure in order, as the dashboard's timeline shows them (DOMAIN §3.2). */
public enum ProcedureStage {
    DECLARATION, QUESTIONNAIRE, EXAMINATION, REPORT, OFFER, SETTLEMENT, WITHDRAWAL_PERIOD, PAYMENT, AGGRAVATION;

    /** Where a claim stands and the date each past stage was completed (empty for stages not reached). */
    public record Progress(ProcedureStage current, Map<ProcedureStage, LocalDate> completedOn) {
    }

    public static Progress of(ClaimFile file, java.time.ZoneId zone) {
        Map<ProcedureStage, LocalDate> done = new EnumMap<>(ProcedureStage.class);
        if (!file.submitted()) {
            return new Progress(DECLARATION, done);
        }
        done.put(DECLARATION, file.submittedAt().atZone(zone).toLocalDate());
        if (!file.questionnaireAnswered()) {
            return new Progress(QUESTIONNAIRE, done);
        }
        done.put(QUESTIONNAIRE, file.questionnaire().answeredOn());
        return new Progress(EXAMINATION, done);
    }
}
