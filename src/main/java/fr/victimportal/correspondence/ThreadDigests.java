package fr.victimportal.correspondence;

import fr.victimportal.claim.model.HelperScope;
import fr.victimportal.claim.model.Relation;
import fr.victimportal.claim.spi.ClaimJobs;
import fr.victimportal.claim.spi.ClaimJobs.ClaimKey;
import fr.victimportal.correspondence.domain.ClaimMessageRepository;
import fr.victimportal.correspondence.domain.MessageRead;
import fr.victimportal.correspondence.domain.MessageReadRepository;
import fr.victimportal.correspondence.domain.ThreadMailQueries;
import fr.victimportal.correspondence.domain.ThreadNotice;
import fr.victimportal.correspondence.domain.ThreadNoticeRepository;
import fr.victimportal.insurer.AgentNotices;
import fr.victimportal.insurer.InsurerRef;
import fr.victimportal.insurer.Insurers;
import fr.victimportal.notification.Mail;
import fr.victimportal.notification.MailMessage;
import fr.victimportal.notification.MailMessage.Text;
import fr.victimportal.notification.Outbox;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The digest mails of the claims' threads: what the {@code thread_notice} rows owe, at most one mail per thread and
 * recipient an hour. An account ({@code user:<id>}) is told only while it still takes part in the thread (the owner,
 * or after a recorded death an active heir, or a caseworker whose mandate covers the correspondence) and still has lines to read, as an optional mail of the
 * {@link CorrespondenceTopics#CODE} topic (their preferences and the unsubscribe link apply); the insurer's side
 * ({@code insurer:<id>}) is told through the claim's current handling insurer's agents and mailbox. A mail says how
 * many new lines there are and from which side, and links to the thread: it never copies a message, which may be
 * medical. Each row is sent in a transaction of its own, and the outbox's de-duplication key (the row's pending
 * episode) keeps a retried run from sending it twice.
 */
@Component
public class ThreadDigests {

    private static final Logger log = LoggerFactory.getLogger(ThreadDigests.class);

    /** At most one digest per thread and recipient in this time. */
    public static final Duration QUIET = Duration.ofHours(1);

    private static final int BATCH = 200;

    /** What one run did: mails sent, rows cleared without a mail, rows that failed (retried next run). */
    public record Report(int sent, int cleared, int errors) {}

    private final ThreadNoticeRepository notices;
    private final ClaimMessageRepository messages;
    private final MessageReadRepository reads;
    private final ThreadMailQueries queries;
    private final ClaimJobs jobs;
    private final Outbox outbox;
    private final AgentNotices agents;
    private final Insurers insurers;
    private final TransactionTemplate tx;
    private final Clock clock;

    ThreadDigests(
            ThreadNoticeRepository notices,
            ClaimMessageRepository messages,
            MessageReadRepository reads,
            ThreadMailQueries queries,
            ClaimJobs jobs,
            Outbox outbox,
            AgentNotices agents,
            Insurers insurers,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.notices = notices;
        this.messages = messages;
        this.reads = reads;
        this.queries = queries;
        this.jobs = jobs;
        this.outbox = outbox;
        this.agents = agents;
        this.insurers = insurers;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Sends the digests owed now (one batch). */
    public Report sendDue() {
        return sendDue(null);
    }

    /**
     * Like {@link #sendDue()}, taking no new row once {@code budget} has passed.
     *
     * @param budget how long the run may keep taking rows; {@code null} for the whole batch
     */
    public Report sendDue(@Nullable Duration budget) {
        Instant stopAt = budget == null ? null : clock.instant().plus(budget);
        List<Long> due = tx.execute(s -> notices.due(clock.instant().minus(QUIET), Limit.of(BATCH)).stream()
                .map(ThreadNotice::getId)
                .toList());
        int sent = 0;
        int cleared = 0;
        int errors = 0;
        for (Long id : due == null ? List.<Long>of() : due) {
            if (stopAt != null && !clock.instant().isBefore(stopAt)) {
                break;
            }
            try {
                Boolean mailed = tx.execute(s -> digest(id));
                if (Boolean.TRUE.equals(mailed)) {
                    sent++;
                } else {
                    cleared++;
                }
            } catch (RuntimeException e) {
                errors++;
                log.error("Thread digest {} not sent; next run retries", id, e);
            }
        }
        return new Report(sent, cleared, errors);
    }

    /** Sends one row's digest, or clears it when no mail is owed any more; true when a mail went. */
    private boolean digest(long noticeId) {
        ThreadNotice notice = notices.findById(noticeId).orElse(null);
        Instant now = clock.instant();
        if (notice == null
                || notice.getPendingSince() == null
                || (notice.getLastSentAt() != null && notice.getLastSentAt().isAfter(now.minus(QUIET)))) {
            return false;
        }
        Optional<ClaimKey> claim = jobs.byId(notice.getClaimId());
        String key = notice.getRecipientKey();
        boolean sent = false;
        if (claim.isPresent() && key.startsWith("user:")) {
            sent = toAccount(notice, claim.get(), Long.parseLong(key.substring("user:".length())));
        } else if (claim.isPresent() && key.startsWith("insurer:")) {
            sent = toInsurer(notice, claim.get(), Long.parseLong(key.substring("insurer:".length())));
        }
        notice.told(now, sent);
        notices.save(notice);
        return sent;
    }

    private boolean toAccount(ThreadNotice notice, ClaimKey claim, long userId) {
        // the victim's side: the victim (or representative), or after the death an active heir (issue 24)
        boolean victimSide = jobs.victimSideRecipients(claim.reference()).contains(userId);
        boolean owner = victimSide && userId == claim.ownerId();
        if (!victimSide
                && !jobs.helpersWith(claim.reference(), HelperScope.CORRESPONDENCE)
                        .contains(userId)) {
            return false;
        }
        long mark = reads.findByClaimIdAndUserId(claim.claimId(), userId)
                .map(MessageRead::getLastReadId)
                .orElse(0L);
        long unread = messages.countUnread(claim.claimId(), mark, userId);
        if (unread == 0) {
            return false;
        }
        long count = Math.max(1, Math.min(unread, notice.getPendingCount()));
        List<Text> sides = sides(claim, notice.getPendingSince(), userId, owner);
        MailMessage message = message(claim.reference(), count, sides, true);
        Outbox.Outcome outcome = outbox.enqueue(
                Mail.reminder(userId, CorrespondenceTopics.CODE, message, dedupKey(notice, "u" + userId)));
        return outcome == Outbox.Outcome.QUEUED || outcome == Outbox.Outcome.DUPLICATE;
    }

    private boolean toInsurer(ThreadNotice notice, ClaimKey claim, long insurerId) {
        Optional<Long> current = jobs.submittedHandlingInsurerId(claim.reference());
        if (current.isEmpty()) {
            return false;
        }
        if (current.get() != insurerId) {
            // the claim was transferred since: what was owed to the former insurer goes to the current one's row
            String key = ThreadLog.insurer(current.get());
            ThreadNotice target = notices.findByClaimIdAndRecipientKey(claim.claimId(), key)
                    .orElseGet(() -> new ThreadNotice(claim.claimId(), key));
            for (int i = 0; i < notice.getPendingCount(); i++) {
                target.owe(notice.getPendingSince());
            }
            notices.save(target);
            return false;
        }
        List<Text> sides = sides(claim, notice.getPendingSince(), -1, false).stream()
                .filter(t -> !t.key().endsWith(".AGENT"))
                .toList();
        MailMessage message = message(claim.reference(), Math.max(1, notice.getPendingCount()), sides, false);
        agents.tell(insurerId, dedupKey(notice, "i" + insurerId), message);
        return true;
    }

    /**
     * Who wrote the new lines, as the recipient reads it: the insurer, the victim, an heir after the death, the
     * victim's caseworker.
     */
    private List<Text> sides(ClaimKey claim, Instant since, long readerId, boolean readerIsOwner) {
        List<String> roles = queries.authorRolesSince(claim.claimId(), since, readerId);
        return List.of(Relation.AGENT, Relation.OWNER, Relation.RELATIVE, Relation.HELPER).stream()
                .filter(r -> roles.contains(r.name()))
                .map(r -> switch (r) {
                    case AGENT ->
                        Text.of(
                                "correspondence.digest.side.AGENT",
                                jobs.submittedHandlingInsurerId(claim.reference())
                                        .flatMap(insurers::find)
                                        .map(InsurerRef::name)
                                        .orElse(""));
                    case HELPER ->
                        Text.of(
                                readerIsOwner
                                        ? "correspondence.digest.side.HELPER.yours"
                                        : "correspondence.digest.side.HELPER");
                    default -> Text.of("correspondence.digest.side." + r.name());
                })
                .toList();
    }

    private static MailMessage message(String reference, long count, List<Text> sides, boolean optional) {
        MailMessage.Builder b = MailMessage.subject("correspondence.digest.subject", reference, count)
                .paragraph("correspondence.digest.count", reference, count);
        switch (sides.size()) {
            case 0 -> {}
            case 1 -> b.paragraph("correspondence.digest.from1", sides.get(0));
            case 2 -> b.paragraph("correspondence.digest.from2", sides.get(0), sides.get(1));
            case 3 -> b.paragraph("correspondence.digest.from3", sides.get(0), sides.get(1), sides.get(2));
            default ->
                b.paragraph("correspondence.digest.from4", sides.get(0), sides.get(1), sides.get(2), sides.get(3));
        }
        b.paragraph("correspondence.digest.private");
        if (optional) {
            b.paragraph("correspondence.digest.hourly");
        }
        return b.action("correspondence.digest.action", "dossier/" + reference + "/messages")
                .build();
    }

    /** One mail per pending episode of a row: a retried run finds the key taken and writes nothing. */
    private static String dedupKey(ThreadNotice notice, String recipient) {
        return "thread-digest:" + notice.getClaimId() + ":" + recipient + ":"
                + notice.getPendingSince().toEpochMilli();
    }
}
