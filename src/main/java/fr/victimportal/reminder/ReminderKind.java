package fr.victimportal.reminder;

import fr.victimportal.claim.model.Relation;
import fr.victimportal.claim.spi.ClaimSchedule;
import fr.victimportal.deadline.Deadline;
import fr.victimportal.deadline.DeadlineCode;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * Every reminder the portal sends, each tied to one deadline of the legal clock (docs/legal-notes.md): when it is sent
 * relative to the deadline's due date, until when it is still worth sending if the plan is made late, on which
 * condition, to whom, and which screen it links to.
 *
 * <p>To add one (e.g. the medical examination, once the expertise module feeds its dates into the claim's legal
 * clock): add a constant here, its texts
 * {@code reminder.<KIND>.subject} and {@code .lead} in both translation files, and if needed a topic. The planner,
 * the job, the unique key and the tests of the texts pick it up.
 */
public enum ReminderKind {

    /** R211-31: answer the insurer's questionnaire, a week before the six weeks run out. */
    QUESTIONNAIRE_ANSWER_IN_7_DAYS(
            DeadlineCode.QUESTIONNAIRE_ANSWER,
            ReminderTopic.QUESTIONNAIRE,
            Timing.due(-7),
            Timing.due(-2),
            Conditions.QUESTIONNAIRE_NOT_ANSWERED,
            Screen.QUESTIONNAIRE),
    /** R211-31: the last day is tomorrow. */
    QUESTIONNAIRE_ANSWER_TOMORROW(
            DeadlineCode.QUESTIONNAIRE_ANSWER,
            ReminderTopic.QUESTIONNAIRE,
            Timing.due(-1),
            Timing.due(0),
            Conditions.QUESTIONNAIRE_NOT_ANSWERED,
            Screen.QUESTIONNAIRE),
    /** L211-9 al. 2: the eight months for an offer have run out; what it means for the victim (L211-13). */
    OFFER_8M_OVERDUE(
            DeadlineCode.OFFER_8M,
            ReminderTopic.OFFER,
            Timing.due(1),
            Timing.due(30),
            Conditions.NO_OFFER_YET,
            Screen.DASHBOARD),
    /** L211-9 al. 3: the five months for the definitive offer have run out (L211-13). */
    OFFER_DEFINITIVE_5M_OVERDUE(
            DeadlineCode.OFFER_DEFINITIVE_5M,
            ReminderTopic.OFFER,
            Timing.due(1),
            Timing.due(30),
            Conditions.NO_DEFINITIVE_OFFER_YET,
            Screen.DASHBOARD),
    /** R211-43/A211-11: the notice arrived less than 15 days before the exam; the victim may refuse the date. */
    EXAM_NOTICE_TOO_SHORT(
            DeadlineCode.EXAM_NOTICE,
            ReminderTopic.EXAMINATION,
            Timing.due(0),
            Timing.trigger(-1),
            Conditions.NOTICE_TOO_SHORT,
            Screen.EXAM),
    /** R211-43: the examination in a week, copied to the victim's doctor. */
    EXAM_IN_7_DAYS(
            DeadlineCode.EXPERT_REPORT,
            ReminderTopic.EXAMINATION,
            Timing.trigger(-7),
            Timing.trigger(-2),
            Conditions.ALWAYS,
            Screen.EXAM,
            Relation.OWNER,
            Relation.DOCTOR),
    /** R211-43: the examination tomorrow, copied to the victim's doctor. */
    EXAM_TOMORROW(
            DeadlineCode.EXPERT_REPORT,
            ReminderTopic.EXAMINATION,
            Timing.trigger(-1),
            Timing.trigger(-1),
            Conditions.ALWAYS,
            Screen.EXAM,
            Relation.OWNER,
            Relation.DOCTOR),
    /** R211-44: the report was due 20 days after the exam and has not reached the victim; copied to their doctor. */
    EXPERT_REPORT_OVERDUE(
            DeadlineCode.EXPERT_REPORT,
            ReminderTopic.EXAMINATION,
            Timing.due(1),
            Timing.due(30),
            Conditions.REPORT_NOT_RECEIVED,
            Screen.EXAM,
            Relation.OWNER,
            Relation.DOCTOR),
    /** L211-16: the victim has just accepted; the 15 days to change their mind run until the due date. */
    WITHDRAWAL_AT_ACCEPTANCE(
            DeadlineCode.WITHDRAWAL,
            ReminderTopic.SETTLEMENT,
            Timing.trigger(0),
            Timing.trigger(2),
            Conditions.ALWAYS,
            Screen.OFFER),
    /** L211-16: three days left to withdraw. */
    WITHDRAWAL_IN_3_DAYS(
            DeadlineCode.WITHDRAWAL,
            ReminderTopic.SETTLEMENT,
            Timing.due(-3),
            Timing.due(-1),
            Conditions.ALWAYS,
            Screen.OFFER),
    /** L211-16: the last day to withdraw is today. */
    WITHDRAWAL_LAST_DAY(
            DeadlineCode.WITHDRAWAL,
            ReminderTopic.SETTLEMENT,
            Timing.due(0),
            Timing.due(0),
            Conditions.ALWAYS,
            Screen.OFFER),
    /** L211-17: the insurer had a month after the withdrawal period to pay and has not recorded a payment. */
    PAYMENT_OVERDUE(
            DeadlineCode.PAYMENT,
            ReminderTopic.SETTLEMENT,
            Timing.due(1),
            Timing.due(30),
            Conditions.NOT_PAID,
            Screen.OFFER),
    /** C. civ. 2226: one year and one month before the ten-year limitation ends. */
    LIMITATION_IN_13_MONTHS(
            DeadlineCode.LIMITATION,
            ReminderTopic.LIMITATION,
            d -> d.dueDate().minusYears(1).minusMonths(1),
            Timing.due(-1),
            Conditions.ALWAYS,
            Screen.DASHBOARD),
    /**
     * L211-19, C. civ. 2226: each aggravation's own ten years, one year and one month before they end (one reminder
     * per aggravation: the due dates differ).
     */
    AGGRAVATION_LIMITATION_IN_13_MONTHS(
            DeadlineCode.AGGRAVATION_LIMITATION,
            ReminderTopic.LIMITATION,
            d -> d.dueDate().minusYears(1).minusMonths(1),
            Timing.due(-1),
            Conditions.ALWAYS,
            Screen.AGGRAVATION),
    /** R421-12: the request to the guarantee fund, three months before its last day (foreclosure). */
    FGAO_REQUEST_IN_3_MONTHS(
            DeadlineCode.FGAO_REQUEST,
            ReminderTopic.LIMITATION,
            d -> d.dueDate().minusMonths(3),
            Timing.due(-1),
            Conditions.ALWAYS,
            Screen.DASHBOARD),
    /** R421-12: the agreement or the action within five years of the accident, six months before its last day. */
    FGAO_AGREEMENT_OR_ACTION_IN_6_MONTHS(
            DeadlineCode.FGAO_AGREEMENT_OR_ACTION,
            ReminderTopic.LIMITATION,
            d -> d.dueDate().minusMonths(6),
            Timing.due(-1),
            Conditions.ALWAYS,
            Screen.DASHBOARD);

    /** The screen a reminder links to, as a route of the claim module. */
    enum Screen {
        DASHBOARD("", "reminder.action.dashboard"),
        QUESTIONNAIRE("/questionnaire", "reminder.action.questionnaire"),
        OFFER("/offre", "reminder.action.offer"),
        EXAM("/examen", "reminder.action.exam"),
        AGGRAVATION("/aggravation", "reminder.action.aggravation");

        final String suffix;
        final String labelKey;

        Screen(String suffix, String labelKey) {
            this.suffix = suffix;
            this.labelKey = labelKey;
        }

        String path(String reference) {
            return "dossier/" + reference + suffix;
        }
    }

    private final DeadlineCode deadline;
    private final ReminderTopic topic;
    private final Function<Deadline, LocalDate> sendOn;
    private final Function<Deadline, LocalDate> lastSendOn;
    private final BiPredicate<ClaimSchedule, Deadline> condition;
    private final Screen screen;
    private final Set<Relation> recipients;

    ReminderKind(
            DeadlineCode deadline,
            ReminderTopic topic,
            Function<Deadline, LocalDate> sendOn,
            Function<Deadline, LocalDate> lastSendOn,
            BiPredicate<ClaimSchedule, Deadline> condition,
            Screen screen,
            Relation... recipients) {
        this.recipients = recipients.length == 0 ? Set.of(Relation.OWNER) : Set.of(recipients);
        this.deadline = deadline;
        this.topic = topic;
        this.sendOn = sendOn;
        this.lastSendOn = lastSendOn;
        this.condition = condition;
        this.screen = screen;
    }

    public DeadlineCode deadline() {
        return deadline;
    }

    public ReminderTopic topic() {
        return topic;
    }

    /** The reminders about the event a deadline runs from (the exam itself), not about the deadline's last day. */
    private static final Set<ReminderKind> ABOUT_THE_EVENT = EnumSet.of(EXAM_IN_7_DAYS, EXAM_TOMORROW);

    /**
     * The date the reminder is about, which its texts name and which keys it in the database with the claim and the
     * kind: the deadline's due date, or for the exam reminders the exam date (the event the report period runs from).
     */
    public LocalDate about(Deadline deadline) {
        return ABOUT_THE_EVENT.contains(this) ? deadline.triggerDate() : deadline.dueDate();
    }

    /** The day the reminder is sent for this deadline. */
    public LocalDate sendOn(Deadline deadline) {
        return sendOn.apply(deadline);
    }

    /** The last day it still makes sense to send it (when the plan is made late, or the job was down). */
    public LocalDate lastSendOn(Deadline deadline) {
        return lastSendOn.apply(deadline);
    }

    /** Whether the claim's state calls for this reminder about this deadline. */
    public boolean appliesTo(ClaimSchedule claim, Deadline d) {
        return condition.test(claim, d);
    }

    /** Who receives it: the victim, and for the examination the victim's assisting doctor too. */
    public Set<Relation> recipients() {
        return recipients;
    }

    Screen screen() {
        return screen;
    }

    public String subjectKey() {
        return "reminder." + name() + ".subject";
    }

    public String leadKey() {
        return "reminder." + name() + ".lead";
    }

    /** When a reminder is sent, counted from the deadline's due date or from the event it runs from. */
    private static final class Timing {

        static Function<Deadline, LocalDate> due(int days) {
            return d -> d.dueDate().plusDays(days);
        }

        static Function<Deadline, LocalDate> trigger(int days) {
            return d -> d.triggerDate().plusDays(days);
        }

        private Timing() {}
    }

    private static final class Conditions {

        static final BiPredicate<ClaimSchedule, Deadline> ALWAYS = (c, d) -> true;
        static final BiPredicate<ClaimSchedule, Deadline> QUESTIONNAIRE_NOT_ANSWERED =
                (c, d) -> !c.questionnaireAnswered();
        /** While a suspension runs the date moves later every day: not a date to announce as passed. */
        static final BiPredicate<ClaimSchedule, Deadline> FIRM_DATE = (c, d) -> !d.provisional();
        /** L211-9 al. 2 is met by any offer, provisional or definitive. */
        static final BiPredicate<ClaimSchedule, Deadline> NO_OFFER_YET = FIRM_DATE.and((c, d) -> !c.offerReceived());
        /** L211-9 al. 3 is met by the definitive offer only. */
        static final BiPredicate<ClaimSchedule, Deadline> NO_DEFINITIVE_OFFER_YET =
                FIRM_DATE.and((c, d) -> !c.definitiveOfferReceived());

        static final BiPredicate<ClaimSchedule, Deadline> NOTICE_TOO_SHORT = (c, d) -> c.examNoticeTooShort();
        static final BiPredicate<ClaimSchedule, Deadline> REPORT_NOT_RECEIVED = (c, d) -> !c.reportReceived();
        /** L211-17: nothing to remind once the insurer has paid. */
        static final BiPredicate<ClaimSchedule, Deadline> NOT_PAID = (c, d) -> !c.paid();

        private Conditions() {}
    }
}
