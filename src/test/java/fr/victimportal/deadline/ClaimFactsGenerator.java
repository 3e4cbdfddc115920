package fr.victimportal.deadline;

import java.time.LocalDate;
import java.util.Random;

/** Varied but valid claim facts, shared by the property tests and {@link DeadlineEngineBenchmark}. */
public final class ClaimFactsGenerator {

    private static final LocalDate FIRST_ACCIDENT = LocalDate.of(2000, 1, 1);

    private ClaimFactsGenerator() {}

    static ClaimFacts random(Random r) {
        return random(r, FIRST_ACCIDENT, 30 * 365);
    }

    /** The same with the accident on one of {@code days} days from {@code firstAccident} (other modules' benchmarks). */
    public static ClaimFacts random(Random r, LocalDate firstAccident, int days) {
        LocalDate accident = firstAccident.plusDays(r.nextInt(days));
        ClaimFacts.Builder b = ClaimFacts.builder().accidentDate(accident);
        if (r.nextInt(10) < 8) {
            b.insurerNoticeDate(accident.plusDays(r.nextInt(90)));
        }
        if (r.nextBoolean()) {
            b.compensationRequestDate(accident.plusDays(r.nextInt(400)))
                    .liabilityContested(r.nextInt(4) == 0)
                    .damageFullyQuantified(r.nextBoolean());
        }
        LocalDate known = null;
        LocalDate consolidation = null;
        if (r.nextInt(10) < 7) {
            consolidation = accident.plusDays(30 + r.nextInt(1500));
            b.consolidationDate(consolidation);
            if (r.nextInt(10) < 8) {
                known = consolidation.plusDays(r.nextInt(200));
                b.consolidationKnownDate(known);
            }
        }
        if (r.nextInt(10) < 8) {
            b.questionnaire(questionnaire(r, accident.plusDays(r.nextInt(60))));
        }
        if (known != null && r.nextInt(3) == 0) {
            b.postConsolidationQuestionnaire(questionnaire(r, known.plusDays(r.nextInt(30))));
        }
        LocalDate death = r.nextInt(30) == 0 ? accident.plusDays(r.nextInt(400)) : null;
        b.deathDate(death);
        if (r.nextBoolean()) {
            LocalDate exam = accident.plusDays(20 + r.nextInt(700));
            if (death == null || !exam.isAfter(death)) {
                b.examinationDate(exam);
                LocalDate notice = exam.minusDays(r.nextInt(30));
                b.examNoticeReceivedDate(notice.isBefore(accident) ? accident : notice);
            }
        }
        b.courtExpertOnInsurerRequest(r.nextInt(20) == 0)
                .victimOverseasOrAbroad(r.nextInt(10) == 0)
                .thirdPartyPayerOverseasOrAbroad(r.nextInt(20) == 0)
                .alsaceMoselle(r.nextInt(20) == 0)
                .responsible(r.nextInt(10) == 0 ? Responsible.values()[1 + r.nextInt(2)] : Responsible.INSURED);
        if (r.nextInt(10) < 4) {
            b.settlementDate(accident.plusDays(200 + r.nextInt(2000)));
        }
        if (consolidation != null && r.nextInt(10) == 0) {
            LocalDate first = consolidation.plusDays(300 + r.nextInt(3000));
            b.addAggravation(new Aggravation(first, r.nextBoolean() ? first.plusDays(r.nextInt(100)) : null));
            if (r.nextBoolean()) {
                b.addAggravation(Aggravation.consolidatedOn(first.plusDays(200 + r.nextInt(2000))));
            }
        }
        return b.build();
    }

    /** A "today" somewhere in the life of the claim, or none. */
    static LocalDate today(Random r, ClaimFacts facts) {
        return r.nextInt(5) == 0 ? null : facts.accidentDate().plusDays(r.nextInt(4000));
    }

    private static Questionnaire questionnaire(Random r, LocalDate presented) {
        return switch (r.nextInt(5)) {
            case 0 -> Questionnaire.presentedOn(presented);
            case 1, 2 -> {
                LocalDate answer = presented.plusDays(r.nextInt(90));
                yield new Questionnaire(presented, answer, answer, null);
            }
            default -> {
                LocalDate answer = presented.plusDays(r.nextInt(90));
                LocalDate complete = r.nextBoolean() ? answer.plusDays(1 + r.nextInt(90)) : null;
                LocalDate reask = r.nextBoolean() ? answer.plusDays(r.nextInt(30)) : null;
                yield new Questionnaire(presented, answer, complete, reask);
            }
        };
    }
}
