package fr.victimportal.correspondence;

import fr.victimportal.account.PortalUser;
import fr.victimportal.claim.ClaimParticipants.ClaimContext;
import fr.victimportal.claim.model.HelperScope;
import fr.victimportal.claim.model.Relation;
import fr.victimportal.claim.spi.ClaimJobs;
import fr.victimportal.correspondence.domain.ClaimMessage;
import fr.victimportal.correspondence.domain.ClaimMessageRepository;
import fr.victimportal.correspondence.domain.ThreadNotice;
import fr.victimportal.correspondence.domain.ThreadNoticeRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a line to a claim's thread and notes, in the same transaction, the mail each other member of the thread is
 * owed (the digest job sends it, at most once an hour): the victim (after a recorded death, the active heirs), the caseworkers whose mandate covers the
 * correspondence, and the handling insurer's agents as a whole when the line comes from the victim's side. The author
 * is never told of their own line.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class ThreadLog {

    /** Recipient key of an account. */
    static String user(long id) {
        return "user:" + id;
    }

    /** Recipient key of an insurer's agents and mailbox. */
    static String insurer(long id) {
        return "insurer:" + id;
    }

    private final ClaimMessageRepository messages;
    private final ThreadNoticeRepository notices;
    private final ClaimJobs jobs;
    private final Clock clock;

    ThreadLog(ClaimMessageRepository messages, ThreadNoticeRepository notices, ClaimJobs jobs, Clock clock) {
        this.messages = messages;
        this.notices = notices;
        this.jobs = jobs;
        this.clock = clock;
    }

    ClaimMessage message(ClaimContext claim, PortalUser author, String body, long insurerId) {
        ClaimMessage saved = messages.save(new ClaimMessage(
                claim.claimId(),
                author.id(),
                author.displayName(),
                claim.viewer().name(),
                ClaimMessage.Kind.MESSAGE,
                body,
                null,
                clock.instant()));
        owe(claim, author.id(), claim.viewer(), insurerId);
        return saved;
    }

    /** A request's event: {@code key}, then the item, its free label and the due date, one per line. */
    ClaimMessage event(
            ClaimContext claim,
            PortalUser actor,
            long requestId,
            String key,
            RequestItem item,
            @Nullable String label,
            @Nullable LocalDate due,
            long insurerId) {
        String body =
                String.join("\n", key, item.name(), label == null ? "" : label, due == null ? "" : due.toString());
        ClaimMessage saved = messages.save(new ClaimMessage(
                claim.claimId(),
                actor.id(),
                actor.displayName(),
                claim.viewer().name(),
                ClaimMessage.Kind.EVENT,
                body,
                requestId,
                clock.instant()));
        owe(claim, actor.id(), claim.viewer(), insurerId);
        return saved;
    }

    private void owe(ClaimContext claim, long authorId, Relation side, long insurerId) {
        Set<String> recipients = new LinkedHashSet<>();
        // the victim, or after the death the active heirs who took their place in the thread (issue 24)
        jobs.victimSideRecipients(claim.reference()).forEach(id -> recipients.add(user(id)));
        jobs.helpersWith(claim.reference(), HelperScope.CORRESPONDENCE).forEach(id -> recipients.add(user(id)));
        if (!ThreadAccess.insurerSide(side)) {
            recipients.add(insurer(insurerId));
        }
        recipients.remove(user(authorId));
        for (String key : recipients) {
            if (notices.owe(claim.claimId(), key, clock.instant()) == 0) {
                ThreadNotice notice = new ThreadNotice(claim.claimId(), key);
                notice.owe(clock.instant());
                notices.saveAndFlush(notice);
            }
        }
    }
}
