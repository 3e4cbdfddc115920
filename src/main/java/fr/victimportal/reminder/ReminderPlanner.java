package fr.victimportal.reminder;

import fr.victimportal.aggravation.events.AggravationConsolidated;
import fr.victimportal.aggravation.events.AggravationDeclared;
import fr.victimportal.claim.events.ClaimCorrected;
import fr.victimportal.claim.events.ClaimSubmitted;
import fr.victimportal.claim.events.QuestionnaireAnswered;
import fr.victimportal.claim.model.HelperScope;
import fr.victimportal.claim.model.Relation;
import fr.victimportal.claim.spi.ClaimJobs;
import fr.victimportal.claim.spi.ClaimSchedule;
import fr.victimportal.deadline.DeadlineCode;
import fr.victimportal.expertise.events.ExaminationNoticeRecorded;
import fr.victimportal.expertise.events.ReportFiguresRecorded;
import fr.victimportal.expertise.events.ReportReceived;
import fr.victimportal.notification.Mail;
import fr.victimportal.notification.MailMessage;
import fr.victimportal.notification.Outbox;
import fr.victimportal.offer.events.OfferAccepted;
import fr.victimportal.offer.events.OfferRecorded;
import fr.victimportal.offer.events.PaymentRecorded;
import fr.victimportal.offer.events.SettlementAuthorised;
import fr.victimportal.offer.events.SettlementWithdrawn;
import fr.victimportal.reminder.domain.Reminder;
import fr.victimportal.reminder.domain.ReminderRepository;
import fr.victimportal.shared.ClockConfiguration;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps each claim's reminder plan in step with the claim, and sends the due reminders of a claim. Both run in the
 * caller's transaction: a claim's change and its new plan are committed together, and a reminder becomes "sent"
 * together with its mail in the outbox. Each fact that moves the claim's legal clock has its listener below: a plain
 * {@link EventListener} run by the publisher, inside its transaction (never after the commit), so that no claim is
 * ever committed with a plan of the claim as it was before.
 */
@Component
class ReminderPlanner {

    private static final Logger log = LoggerFactory.getLogger(ReminderPlanner.class);

    /** Reminders go out in the morning, French time. */
    static final LocalTime SEND_TIME = LocalTime.of(9, 0);

    private final ReminderRepository reminders;
    private final ClaimJobs claims;
    private final Outbox outbox;
    private final Clock clock;

    ReminderPlanner(ReminderRepository reminders, ClaimJobs claims, Outbox outbox, Clock clock) {
        this.reminders = reminders;
        this.claims = claims;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** A declaration submitted: its first plan. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(ClaimSubmitted event) {
        replan(event.reference());
    }

    /** A corrected accident or procedure date moves the deadlines counted from it. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(ClaimCorrected event) {
        replan(event.reference());
    }

    /** The R211-37 questionnaire answered for the first time. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(QuestionnaireAnswered event) {
        replan(event.reference());
    }

    /** An insurer's offer recorded. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(OfferRecorded event) {
        replan(event.reference());
    }

    /** An acceptance: the withdrawal and payment periods start (or wait for the judge's authorisation). */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(OfferAccepted event) {
        replan(event.reference());
    }

    /** The judge's authorisation (L211-15): the withdrawal and payment periods start from it. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(SettlementAuthorised event) {
        replan(event.reference());
    }

    /** A withdrawal of the transaction (L211-16). */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(SettlementWithdrawn event) {
        replan(event.reference());
    }

    /** A payment of the settlement (L211-17). */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(PaymentRecorded event) {
        replan(event.reference());
    }

    /** An examination notice (R211-43): the report is due within a period counted from the exam. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(ExaminationNoticeRecorded event) {
        replan(event.reference());
    }

    /** The examining doctor's report received (R211-44). */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(ReportReceived event) {
        replan(event.reference());
    }

    /** The report's figures (the consolidation date among them) copied on the claim. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(ReportFiguresRecorded event) {
        replan(event.reference());
    }

    /** An aggravation declared (L211-19): a new cycle of the procedure on the claim. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(AggravationDeclared event) {
        replan(event.reference());
    }

    /** An aggravation's consolidation: it starts the aggravation's own 10 years. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(AggravationConsolidated event) {
        replan(event.reference());
    }

    /** Recomputes the claim's plan: new reminders planned, moved ones re-timed, reminders no longer called for cancelled. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Reminder> replan(String reference) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ClockConfiguration.PARIS);
        claims.refreshQueue(reference, today); // the agents' queue line moves with the same facts
        return reconcile(reference, claims.scheduleForJobs(reference, today), today, now);
    }

    /**
     * Sends the claim's reminders whose time has come, after recomputing its plan against the claim as it is now (a
     * reminder for a deadline that changed meanwhile is cancelled, not sent).
     *
     * @return how many reminders were written to the outbox
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int sendDue(String reference) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ClockConfiguration.PARIS);
        claims.refreshQueue(reference, today);
        Optional<ClaimSchedule> schedule = claims.scheduleForJobs(reference, today);
        int sent = 0;
        for (Reminder reminder : reconcile(reference, schedule, today, now)) {
            if (!reminder.isPlanned() || reminder.getSendAt().isAfter(now) || schedule.isEmpty()) {
                continue;
            }
            List<Outbox.Outcome> outcomes = new ArrayList<>();
            for (long recipient :
                    recipients(reminder.getKind(), schedule.get(), claims.victimSideRecipients(reference))) {
                outcomes.add(outbox.enqueue(Mail.reminder(
                        recipient,
                        reminder.getKind().topic().name(),
                        message(reminder, reference, false),
                        "reminder:" + reminder.getId() + ":" + recipient)));
            }
            if (reminder.getKind().recipients().contains(Relation.OWNER)) {
                // a copy to each caseworker whose mandate covers the correspondence (docs/legal-notes.md)
                for (long helper : claims.helpersWith(reference, HelperScope.CORRESPONDENCE)) {
                    outbox.enqueue(Mail.reminder(
                            helper,
                            reminder.getKind().topic().name(),
                            message(reminder, reference, true),
                            "reminder:" + reminder.getId() + ":" + helper));
                }
            }
            boolean written =
                    outcomes.stream().anyMatch(o -> o == Outbox.Outcome.QUEUED || o == Outbox.Outcome.DUPLICATE);
            if (written) {
                reminder.close(ReminderStatus.SENT, null, now);
                sent++;
            } else {
                reminder.close(
                        ReminderStatus.SKIPPED,
                        outcomes.isEmpty() ? "NO_RECIPIENT" : outcomes.get(0).name(),
                        now);
            }
        }
        reminders.flush();
        return sent;
    }

    private List<Reminder> reconcile(String reference, Optional<ClaimSchedule> schedule, LocalDate today, Instant now) {
        Map<ReminderPlan.Key, ReminderPlan.Entry> wanted = new HashMap<>();
        Map<ReminderPlan.Key, ReminderPlan.Entry> tooLate = new HashMap<>();
        schedule.ifPresent(s ->
                ReminderPlan.of(s, today).forEach(e -> (e.tooLate() ? tooLate : wanted).put(e.key(), e)));

        List<Reminder> rows = new ArrayList<>(reminders.findByClaimReferenceOrderByDueDateAscKindAsc(reference));
        for (Reminder row : rows) {
            ReminderPlan.Key key = new ReminderPlan.Key(row.getKind(), row.getDueDate());
            ReminderPlan.Entry entry = wanted.remove(key);
            if (entry != null) {
                row.plan(sendAt(entry), now);
            } else if (row.isPlanned()) {
                String why = tooLate.containsKey(key) ? "TOO_LATE" : "CLAIM_CHANGED";
                row.close(ReminderStatus.CANCELLED, why, now);
                log.info(
                        "Reminder {} {} of claim {} (due {}) cancelled: {}",
                        row.getId(),
                        row.getKind(),
                        reference,
                        row.getDueDate(),
                        why);
            }
        }
        for (ReminderPlan.Entry entry : wanted.values()) {
            rows.add(reminders.save(new Reminder(reference, entry.kind(), entry.dueDate(), sendAt(entry), now)));
        }
        return rows;
    }

    private static Instant sendAt(ReminderPlan.Entry entry) {
        return entry.sendOn().atTime(SEND_TIME).atZone(ClockConfiguration.PARIS).toInstant();
    }

    private static List<Long> recipients(ReminderKind kind, ClaimSchedule claim, List<Long> victimSide) {
        List<Long> ids = new ArrayList<>();
        if (kind.recipients().contains(Relation.OWNER)) {
            ids.addAll(victimSide); // the owner, or after a recorded death the heirs (issue 24)
        }
        if (kind.recipients().contains(Relation.DOCTOR)) {
            ids.addAll(claim.doctorIds());
        }
        return ids;
    }

    private static MailMessage message(Reminder reminder, String reference, boolean copyToHelper) {
        ReminderKind kind = reminder.getKind();
        DeadlineCode code = kind.deadline();
        MailMessage.Builder mail = MailMessage.subject(kind.subjectKey(), reminder.getDueDate());
        if (copyToHelper) {
            mail.paragraph("reminder.copy.helper", reference);
        }
        return mail.paragraph(kind.leadKey(), reminder.getDueDate(), reference)
                .paragraph(code.explanationKey())
                .paragraph(code.ifMissedKey())
                .paragraph("reminder.legalBasis", code.legalBasis())
                .action(kind.screen().labelKey, kind.screen().path(reference))
                .build();
    }
}
