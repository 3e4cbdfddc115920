package fr.victimportal.reminder;

import fr.victimportal.claim.ClaimSchedule;
import fr.victimportal.claim.Relation;
import fr.victimportal.deadline.Deadline;
import fr.victimportal.deadline.DeadlineCode;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.UnaryOperator;

/**
 * Every reminder the portal sends, each tied to one deadline of the legal clock (DOMAIN §3.2): when it is sent
 * relative to the deadline's due date, until when it is still worth sending if the plan is made late, on which
 * condition, to whom, and which screen it links to.
 *
 * <p>To add one (e.g. the medical examination, the withdrawal period or the payment, once the expertise and offer
 * modules feed their dates into the claim's legal clock): add a constant here, its texts
 * {@code reminder.<KIND>.subject} and {@code .lead} in both translation files, and if needed a topic. The planner,
 * the job, the unique key and the tests of the texts pick it up.
 */
public enum ReminderKind {

    /** R211-31: answer the insurer's questionnaire, a week before the six weeks run out. */
    QUESTIONNAIRE_ANSWER_IN_7_DAYS(DeadlineCode.QUESTIONNAIRE_ANSWER, ReminderTopic.QUESTIONNAIRE,
            due -> due.minusDays(7), due -> due.minusDays(2), Conditions.QUESTIONNAIRE_NOT_ANSWERED,
            Screen.QUESTIONNAIRE),
    /** R211-31: the last day is tomorrow. */
    QUESTIONNAIRE_ANSWER_TOMORROW(DeadlineCode.QUESTIONNAIRE_ANSWER, ReminderTopic.QUESTIONNAIRE,
            due -> due.minusDays(1), due -> due, Conditions.QUESTIONNAIRE_NOT_ANSWERED, Screen.QUESTIONNAIRE),
    /** L211-9 al. 2: the eight months for an offer have run out; what it means for the victim (L211-13). */
    OFFER_8M_OVERDUE(DeadlineCode.OFFER_8M, ReminderTopic.OFFER,
            due -> due.plusDays(1), due -> due.plusDays(30), Conditions.FIRM_DATE, Screen.DASHBOARD),
    /** L211-9 al. 3: the five months for the definitive offer have run out (L211-13). */
    OFFER_DEFINITIVE_5M_OVERDUE(DeadlineCode.OFFER_DEFINITIVE_5M, ReminderTopic.OFFER,
            due -> due.plusDays(1), due -> due.plusDays(30), Conditions.FIRM_DATE, Screen.DASHBOARD),
    /** C. civ. 2226: one year and one month before the ten-year limitation ends. */
    LIMITATION_IN_13_MONTHS(DeadlineCode.LIMITATION, ReminderTopic.LIMITATION,
            due -> due.minusYears(1).minusMonths(1), due -> due.minusDays(1), Conditions.ALWAYS, Screen.DASHBOARD);

    /** The screen a reminder links to, as a route of the claim module. */
    enum Screen {
        DASHBOARD("", "reminder.action.dashboard"),
        QUESTIONNAIRE("/questionnaire", "reminder.action.questionnaire");

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
    private final UnaryOperator<LocalDate> sendOn;
    private final UnaryOperator<LocalDate> lastSendOn;
    private final BiPredicate<ClaimSchedule, Deadline> condition;
    private final Screen screen;

    ReminderKind(DeadlineCode deadline, ReminderTopic topic, UnaryOperator<LocalDate> sendOn,
            UnaryOperator<LocalDate> lastSendOn, BiPredicate<ClaimSchedule, Deadline> condition, Screen screen) {
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

    /** The day the reminder is sent for a deadline due on {@code due}. */
    public LocalDate sendOn(LocalDate due) {
        return sendOn.apply(due);
    }

    /** The last day it still makes sense to send it (when the plan is made late, or the job was down). */
    public LocalDate lastSendOn(LocalDate due) {
        return lastSendOn.apply(due);
    }

    /** Whether the claim's state calls for this reminder about this deadline. */
    public boolean appliesTo(ClaimSchedule claim, Deadline d) {
        return condition.test(claim, d);
    }

    /** Who receives it. Only the victim today; the helper and the victim's doctor come with their modules. */
    public Set<Relation> recipients() {
        return Set.of(Relation.OWNER);
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

    private static final class Conditions {

        static final BiPredicate<ClaimSchedule, Deadline> ALWAYS = (c, d) -> true;
        static final BiPredicate<ClaimSchedule, Deadline> QUESTIONNAIRE_NOT_ANSWERED =
                (c, d) -> !c.questionnaireAnswered();
        /** While a suspension runs the date moves later every day: not a date to announce as passed. */
        static final BiPredicate<ClaimSchedule, Deadline> FIRM_DATE = (c, d) -> !d.provisional();

        private Conditions() {
        }
    }
}
