package fr.victimportal.offer;

import fr.victimportal.claim.ClaimClaimants;
import fr.victimportal.notification.Mail;
import fr.victimportal.notification.MailMessage;
import fr.victimportal.notification.Outbox;
import fr.victimportal.offer.domain.Settlement;
import fr.victimportal.offer.domain.SettlementRepository;
import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A relative's or heir's own settlement (issue 24) has its own dates, which the claim's reminder plan (the victim's)
 * does not follow: this mails the claimant (for a minor, the representative's account) three days before the last day
 * to withdraw (L211-16), on that last day, and once the payment is late (L211-17). Each mail goes once (the outbox's
 * key), in the "settlement" reminder topic the person can turn off, and never after a withdrawal.
 */
@Component
public class ClaimantSettlementReminders {

    /** The first withdrawal reminder, this many days before the last day. */
    static final int DAYS_BEFORE = 3;

    private final SettlementRepository settlements;
    private final ClaimClaimants claimants;
    private final Outbox outbox;
    private final Clock clock;

    ClaimantSettlementReminders(
            SettlementRepository settlements, ClaimClaimants claimants, Outbox outbox, Clock clock) {
        this.settlements = settlements;
        this.claimants = claimants;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Writes the reminders due today to the outbox; returns how many were written. */
    @Transactional
    public int sendDue() {
        LocalDate today = LocalDate.now(clock);
        int written = 0;
        for (Settlement s : settlements.claimantsToRemind(today, today.plusDays(DAYS_BEFORE), today)) {
            Long account = claimants
                    .of(s.getClaimReference(), s.getClaimantNo())
                    .filter(ClaimClaimants.Party::active)
                    .map(ClaimClaimants.Party::accountId)
                    .orElse(null);
            if (account == null) {
                continue;
            }
            String path = "dossier/" + s.getClaimReference() + "/offre";
            LocalDate ends = s.getWithdrawalEndsOn();
            if (!ends.isBefore(today) && !ends.isAfter(today.plusDays(DAYS_BEFORE))) {
                String kind = ends.equals(today) ? "last" : "soon";
                written += send(
                        account,
                        s,
                        kind,
                        MailMessage.subject("offer.claimant.mail." + kind + ".subject", ends)
                                .paragraph("offer.claimant.mail." + kind + ".lead", s.getClaimReference(), ends)
                                .paragraph("offer.claimant.mail.withdrawal.how")
                                .action("offer.mail.action", path)
                                .build());
            }
            if (s.getPaidOn() == null
                    && s.getPaymentDueOn() != null
                    && s.getPaymentDueOn().isBefore(today)) {
                written += send(
                        account,
                        s,
                        "paymentLate",
                        MailMessage.subject("offer.claimant.mail.paymentLate.subject", s.getClaimReference())
                                .paragraph("offer.claimant.mail.paymentLate.lead", s.getPaymentDueOn())
                                .action("offer.mail.action", path)
                                .build());
            }
        }
        return written;
    }

    private int send(long account, Settlement s, String kind, MailMessage message) {
        Outbox.Outcome outcome = outbox.enqueue(
                Mail.reminder(account, "SETTLEMENT", message, "claimant-settlement:" + s.getId() + ":" + kind));
        return outcome == Outbox.Outcome.QUEUED ? 1 : 0;
    }

    /** Every hour, on one instance at a time; off when {@code portal.jobs.enabled=false}, as in the tests. */
    @Component
    @ConditionalOnProperty(name = "portal.jobs.enabled", havingValue = "true", matchIfMissing = true)
    static class Schedule {

        private final ClaimantSettlementReminders reminders;

        Schedule(ClaimantSettlementReminders reminders) {
            this.reminders = reminders;
        }

        @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT50S")
        @SchedulerLock(name = "claimant-settlement-reminders", lockAtMostFor = "${portal.jobs.lock-at-most-for:PT1M}")
        public void run() {
            reminders.sendDue();
        }
    }
}
