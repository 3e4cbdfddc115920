package fr.victimportal.claim;

import fr.victimportal.deadline.ClaimFacts;
import fr.victimportal.deadline.DeadlineEngine;
import fr.victimportal.deadline.DeadlineSchedule;
import fr.victimportal.deadline.Questionnaire;
import java.time.LocalDate;
import org.springframework.stereotype.Service;

/**
 * The legal clock applied to a claim: turns what the victim declared into the engine's facts. An answer given in the
 * portal counts as received by the insurer on the day it was given (the portal is the channel to the insurer).
 */
@Service
public class ClaimDeadlines {

    private final DeadlineEngine engine = new DeadlineEngine();

    public DeadlineSchedule scheduleFor(ClaimFile file, LocalDate today) {
        return engine.computeAll(factsOf(file), today);
    }

    static ClaimFacts factsOf(ClaimFile file) {
        ProcedureDates d = file.dates();
        LocalDate answered = file.questionnaire().answeredOn();
        Questionnaire questionnaire = d.questionnairePresented() == null ? null
                : new Questionnaire(d.questionnairePresented(), answered, answered, null);
        return ClaimFacts.builder()
                .accidentDate(file.accident().date())
                .insurerNoticeDate(d.declaredToInsurer())
                .consolidationDate(d.consolidation())
                .consolidationKnownDate(d.insurerKnewConsolidation())
                .questionnaire(questionnaire)
                .victimOverseasOrAbroad(file.situation().livesAbroad())
                .build();
    }
}
