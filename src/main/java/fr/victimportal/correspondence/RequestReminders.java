package fr.victimportal.correspondence;

import fr.victimportal.claim.model.HelperScope;
import fr.victimportal.claim.spi.ClaimJobs;
import fr.victimportal.claim.spi.ClaimJobs.ClaimKey;
import fr.victimportal.correspondence.domain.DocumentRequest;
import fr.victimportal.correspondence.domain.DocumentRequestRepository;
import fr.victimportal.insurer.InsurerRef;
import fr.victimportal.insurer.Insurers;
import fr.victimportal.notification.Mail;
import fr.victimportal.notification.MailMessage;
import fr.victimportal.notification.MailMessage.Text;
import fr.victimportal.notification.Outbox;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds the victim and each caseworker whose mandate covers the correspondence of an open document request: once a
 * week after it was made, and once on its due date (a request already past its due date gets the due-date reminder
 * only). Each reminder goes once (the request keeps when it was sent), never for a request answered, refused or
 * withdrawn, as an optional mail of the {@link CorrespondenceTopics#CODE} topic. It names the item and the date, says
 * honestly what not answering does (no right is lost; the offer deadline may be suspended, R211-31; a medical item
 * may be declined) and links to the thread.
 */
@Component
public class RequestReminders {

    private static final Logger log = LoggerFactory.getLogger(RequestReminders.class);

    /** The first reminder, this long after the request. */
    public static final Duration AFTER = Duration.ofDays(7);

    private final DocumentRequestRepository requests;
    private final ClaimJobs jobs;
    private final Insurers insurers;
    private final Outbox outbox;
    private final TransactionTemplate tx;
    private final Clock clock;

    RequestReminders(
            DocumentRequestRepository requests,
            ClaimJobs jobs,
            Insurers insurers,
            Outbox outbox,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.requests = requests;
        this.jobs = jobs;
        this.insurers = insurers;
        this.outbox = outbox;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Sends the reminders owed now; returns how many requests were reminded. */
    public int sendDue() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        List<Long> owing = tx.execute(s -> requests.owingReminder(now.minus(AFTER), today).stream()
                .map(DocumentRequest::getId)
                .toList());
        int reminded = 0;
        for (Long id : owing == null ? List.<Long>of() : owing) {
            try {
                if (Boolean.TRUE.equals(tx.execute(s -> remind(id)))) {
                    reminded++;
                }
            } catch (RuntimeException e) {
                log.error("Reminder of document request {} not sent; next run retries", id, e);
            }
        }
        return reminded;
    }

    private boolean remind(long requestId) {
        DocumentRequest request = requests.findById(requestId).orElse(null);
        if (request == null || request.getState() != DocumentRequest.State.OPEN) {
            return false;
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        boolean due =
                request.getRemindedDueAt() == null && !request.getDueDate().isAfter(today);
        boolean week =
                request.getRemindedWeekAt() == null && !request.getRequestedAt().isAfter(now.minus(AFTER));
        if (!due && !week) {
            return false;
        }
        Optional<ClaimKey> claim = jobs.byId(request.getClaimId());
        String kind = due ? "due" : "week";
        if (claim.isPresent()) {
            Set<Long> recipients = new LinkedHashSet<>();
            if (RequestItem.parse(request.getItem()).medical()) {
                // a medical request stays the victim's alone (an heir cannot answer it): never an heir's reminder
                recipients.add(claim.get().ownerId());
            } else {
                // the victim, or after the death the active heirs who answer in their place (issue 24)
                recipients.addAll(jobs.victimSideRecipients(claim.get().reference()));
            }
            recipients.addAll(jobs.helpersWith(claim.get().reference(), HelperScope.CORRESPONDENCE));
            MailMessage message = message(claim.get(), request, kind);
            for (long userId : recipients) {
                outbox.enqueue(Mail.reminder(
                        userId,
                        CorrespondenceTopics.CODE,
                        message,
                        "request-reminder:" + request.getId() + ":" + kind + ":" + userId));
            }
        }
        if (due) {
            request.remindedDue(now);
        }
        if (request.getRemindedWeekAt() == null) {
            // on or after the due date, the week's reminder would only repeat the due date's
            request.remindedWeek(now);
        }
        requests.save(request);
        return claim.isPresent();
    }

    private MailMessage message(ClaimKey claim, DocumentRequest request, String kind) {
        RequestItem item = RequestItem.parse(request.getItem());
        // the free label of an OTHER item is the agent's own words: not copied into a mail
        Text name = Text.of("correspondence.reminder.item." + item.name());
        String insurer = jobs.submittedHandlingInsurerId(claim.reference())
                .flatMap(insurers::find)
                .map(InsurerRef::name)
                .orElse("");
        MailMessage.Builder b = MailMessage.subject(
                        "correspondence.reminder." + kind + ".subject", claim.reference(), name, request.getDueDate())
                .paragraph(
                        "correspondence.reminder." + kind + ".lead",
                        name,
                        claim.reference(),
                        insurer,
                        request.getDueDate(),
                        request.getRequestedAt().atZone(clock.getZone()).toLocalDate())
                .paragraph("correspondence.reminder.how")
                .paragraph("correspondence.reminder.consequence");
        if (item.medical()) {
            b.paragraph("correspondence.reminder.medical");
        }
        return b.action("correspondence.reminder.action", "dossier/" + claim.reference() + "/messages")
                .build();
    }
}
