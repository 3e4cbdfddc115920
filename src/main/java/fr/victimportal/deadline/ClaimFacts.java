package fr.victimportal.deadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What is known about a claim, in French local dates. Every date is nullable (unknown or not happened yet); a
 * deadline whose trigger is unknown is simply not computed. Component names double as the field names reported by
 * {@link DeadlineInputException}.
 *
 * @param accidentDate                    the accident (L211-9 al.2, R211-29, R211-30)
 * @param insurerNoticeDate               day the liable party's insurer received notice of the accident (R211-29)
 * @param compensationRequestDate         day the insurer received the request for compensation (L211-9 al.1)
 * @param liabilityContested              liability denied or unclear (L211-9 al.1: reasoned reply, not offer)
 * @param damageFullyQuantified           the damage is fully quantified (L211-9 al.1)
 * @param consolidationDate               medical consolidation of the initial damage (C. civ. 2226)
 * @param consolidationKnownDate          day the insurer was informed of the consolidation (L211-9 al.3)
 * @param questionnaire                   first request for information (R211-31), or {@code null}
 * @param postConsolidationQuestionnaire  request sent after learning of consolidation (R211-32), or {@code null}
 * @param examinationDate                 medical examination for the offer (R211-43, R211-44)
 * @param examNoticeReceivedDate          day the victim received the exam notice (checked against R211-43)
 * @param courtExpertOnInsurerRequest     summary-proceedings judge appointed an expert at the insurer's request (R211-34)
 * @param victimOverseasOrAbroad          the victim lives overseas or abroad (R211-35 al.1)
 * @param thirdPartyPayerOverseasOrAbroad a third-party payer lives overseas or abroad (R211-35 al.2)
 * @param deathDate                       death of the direct victim (R211-30)
 * @param settlementDate                  conclusion of the settlement, i.e. acceptance signed (L211-16)
 * @param aggravations                    later aggravations, each with its own consolidation (L211-19); never null
 * @param alsaceMoselle                   use the Alsace-Moselle holiday calendar for CPC 642
 * @param responsible                     who answers for the accident: an insurer ({@link Responsible#INSURED}, the
 *                                        default when {@code null}) or the guarantee fund's cases of R421-12
 */
public record ClaimFacts(
        LocalDate accidentDate,
        LocalDate insurerNoticeDate,
        LocalDate compensationRequestDate,
        boolean liabilityContested,
        boolean damageFullyQuantified,
        LocalDate consolidationDate,
        LocalDate consolidationKnownDate,
        Questionnaire questionnaire,
        Questionnaire postConsolidationQuestionnaire,
        LocalDate examinationDate,
        LocalDate examNoticeReceivedDate,
        boolean courtExpertOnInsurerRequest,
        boolean victimOverseasOrAbroad,
        boolean thirdPartyPayerOverseasOrAbroad,
        LocalDate deathDate,
        LocalDate settlementDate,
        List<Aggravation> aggravations,
        boolean alsaceMoselle,
        Responsible responsible) {

    public ClaimFacts {
        if (responsible == null) {
            responsible = Responsible.INSURED;
        }
        if (aggravations == null) {
            aggravations = List.of();
        } else {
            for (int i = 0; i < aggravations.size(); i++) {
                if (aggravations.get(i) == null) {
                    throw new DeadlineInputException("aggravations[" + i + "]", FactsValidator.REQUIRED);
                }
            }
            aggravations = List.copyOf(aggravations);
        }
    }

    /** The facts without {@code responsible}: an insurer answers for the accident ({@link Responsible#INSURED}). */
    public ClaimFacts(
            LocalDate accidentDate,
            LocalDate insurerNoticeDate,
            LocalDate compensationRequestDate,
            boolean liabilityContested,
            boolean damageFullyQuantified,
            LocalDate consolidationDate,
            LocalDate consolidationKnownDate,
            Questionnaire questionnaire,
            Questionnaire postConsolidationQuestionnaire,
            LocalDate examinationDate,
            LocalDate examNoticeReceivedDate,
            boolean courtExpertOnInsurerRequest,
            boolean victimOverseasOrAbroad,
            boolean thirdPartyPayerOverseasOrAbroad,
            LocalDate deathDate,
            LocalDate settlementDate,
            List<Aggravation> aggravations,
            boolean alsaceMoselle) {
        this(
                accidentDate,
                insurerNoticeDate,
                compensationRequestDate,
                liabilityContested,
                damageFullyQuantified,
                consolidationDate,
                consolidationKnownDate,
                questionnaire,
                postConsolidationQuestionnaire,
                examinationDate,
                examNoticeReceivedDate,
                courtExpertOnInsurerRequest,
                victimOverseasOrAbroad,
                thirdPartyPayerOverseasOrAbroad,
                deathDate,
                settlementDate,
                aggravations,
                alsaceMoselle,
                Responsible.INSURED);
    }

    /** No facts at all: the neutral context for {@link DeadlineEngine#forEvent}. */
    public static ClaimFacts empty() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.accidentDate = accidentDate;
        b.insurerNoticeDate = insurerNoticeDate;
        b.compensationRequestDate = compensationRequestDate;
        b.liabilityContested = liabilityContested;
        b.damageFullyQuantified = damageFullyQuantified;
        b.consolidationDate = consolidationDate;
        b.consolidationKnownDate = consolidationKnownDate;
        b.questionnaire = questionnaire;
        b.postConsolidationQuestionnaire = postConsolidationQuestionnaire;
        b.examinationDate = examinationDate;
        b.examNoticeReceivedDate = examNoticeReceivedDate;
        b.courtExpertOnInsurerRequest = courtExpertOnInsurerRequest;
        b.victimOverseasOrAbroad = victimOverseasOrAbroad;
        b.thirdPartyPayerOverseasOrAbroad = thirdPartyPayerOverseasOrAbroad;
        b.deathDate = deathDate;
        b.settlementDate = settlementDate;
        b.aggravations = new ArrayList<>(aggravations);
        b.alsaceMoselle = alsaceMoselle;
        b.responsible = responsible;
        return b;
    }

    public CalendarRegion region() {
        return alsaceMoselle ? CalendarRegion.ALSACE_MOSELLE : CalendarRegion.METROPOLITAN;
    }

    /** Fluent construction; unset dates stay {@code null}, unset flags {@code false}. */
    public static final class Builder {
        private LocalDate accidentDate;
        private LocalDate insurerNoticeDate;
        private LocalDate compensationRequestDate;
        private boolean liabilityContested;
        private boolean damageFullyQuantified;
        private LocalDate consolidationDate;
        private LocalDate consolidationKnownDate;
        private Questionnaire questionnaire;
        private Questionnaire postConsolidationQuestionnaire;
        private LocalDate examinationDate;
        private LocalDate examNoticeReceivedDate;
        private boolean courtExpertOnInsurerRequest;
        private boolean victimOverseasOrAbroad;
        private boolean thirdPartyPayerOverseasOrAbroad;
        private LocalDate deathDate;
        private LocalDate settlementDate;
        private List<Aggravation> aggravations = new ArrayList<>();
        private boolean alsaceMoselle;
        private Responsible responsible = Responsible.INSURED;

        private Builder() {}

        public Builder accidentDate(LocalDate v) {
            accidentDate = v;
            return this;
        }

        public Builder insurerNoticeDate(LocalDate v) {
            insurerNoticeDate = v;
            return this;
        }

        public Builder compensationRequestDate(LocalDate v) {
            compensationRequestDate = v;
            return this;
        }

        public Builder liabilityContested(boolean v) {
            liabilityContested = v;
            return this;
        }

        public Builder damageFullyQuantified(boolean v) {
            damageFullyQuantified = v;
            return this;
        }

        public Builder consolidationDate(LocalDate v) {
            consolidationDate = v;
            return this;
        }

        public Builder consolidationKnownDate(LocalDate v) {
            consolidationKnownDate = v;
            return this;
        }

        public Builder questionnaire(Questionnaire v) {
            questionnaire = v;
            return this;
        }

        public Builder postConsolidationQuestionnaire(Questionnaire v) {
            postConsolidationQuestionnaire = v;
            return this;
        }

        public Builder examinationDate(LocalDate v) {
            examinationDate = v;
            return this;
        }

        public Builder examNoticeReceivedDate(LocalDate v) {
            examNoticeReceivedDate = v;
            return this;
        }

        public Builder courtExpertOnInsurerRequest(boolean v) {
            courtExpertOnInsurerRequest = v;
            return this;
        }

        public Builder victimOverseasOrAbroad(boolean v) {
            victimOverseasOrAbroad = v;
            return this;
        }

        public Builder thirdPartyPayerOverseasOrAbroad(boolean v) {
            thirdPartyPayerOverseasOrAbroad = v;
            return this;
        }

        public Builder deathDate(LocalDate v) {
            deathDate = v;
            return this;
        }

        public Builder settlementDate(LocalDate v) {
            settlementDate = v;
            return this;
        }

        public Builder alsaceMoselle(boolean v) {
            alsaceMoselle = v;
            return this;
        }

        public Builder responsible(Responsible v) {
            responsible = v;
            return this;
        }

        public Builder aggravations(List<Aggravation> v) {
            aggravations = v == null ? new ArrayList<>() : new ArrayList<>(v);
            return this;
        }

        public Builder addAggravation(Aggravation v) {
            aggravations.add(v);
            return this;
        }

        public ClaimFacts build() {
            return new ClaimFacts(
                    accidentDate,
                    insurerNoticeDate,
                    compensationRequestDate,
                    liabilityContested,
                    damageFullyQuantified,
                    consolidationDate,
                    consolidationKnownDate,
                    questionnaire,
                    postConsolidationQuestionnaire,
                    examinationDate,
                    examNoticeReceivedDate,
                    courtExpertOnInsurerRequest,
                    victimOverseasOrAbroad,
                    thirdPartyPayerOverseasOrAbroad,
                    deathDate,
                    settlementDate,
                    aggravations,
                    alsaceMoselle,
                    responsible);
        }
    }
}
