package fr.victimportal.correspondence;

import fr.victimportal.account.CurrentUser;
import fr.victimportal.claim.ClaimParticipants.ClaimContext;
import fr.victimportal.correspondence.domain.ClaimMessageRepository;
import fr.victimportal.correspondence.domain.DocumentRequest;
import fr.victimportal.correspondence.domain.DocumentRequestRepository;
import fr.victimportal.correspondence.domain.MessageRead;
import fr.victimportal.correspondence.domain.MessageReadRepository;
import fr.victimportal.shared.CorrespondenceSummary;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link CorrespondenceSummary} from the thread's tables, in two or three queries. */
@Component
@Transactional(readOnly = true)
class ThreadSummaries implements CorrespondenceSummary {

    private final ThreadAccess access;
    private final CurrentUser currentUser;
    private final ClaimMessageRepository messages;
    private final MessageReadRepository reads;
    private final DocumentRequestRepository requests;

    ThreadSummaries(
            ThreadAccess access,
            CurrentUser currentUser,
            ClaimMessageRepository messages,
            MessageReadRepository reads,
            DocumentRequestRepository requests) {
        this.access = access;
        this.currentUser = currentUser;
        this.messages = messages;
        this.reads = reads;
        this.requests = requests;
    }

    @Override
    public Summary of(String reference) {
        Optional<ClaimContext> found = access.maybeReader(reference);
        if (found.isEmpty()) {
            return Summary.NONE;
        }
        long claimId = found.get().claimId();
        long reader = currentUser.require().id();
        long mark = reads.findByClaimIdAndUserId(claimId, reader)
                .map(MessageRead::getLastReadId)
                .orElse(0L);
        List<DocumentRequest> open = requests.findByClaimIdInAndState(List.of(claimId), DocumentRequest.State.OPEN);
        LocalDate next = open.stream()
                .map(DocumentRequest::getDueDate)
                .min(LocalDate::compareTo)
                .orElse(null);
        return new Summary(messages.countUnread(claimId, mark, reader), open.size(), next);
    }

    @Override
    public Map<Long, Long> unreadForAgent(long agentId, Collection<Long> claimIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (claimIds.isEmpty()) {
            return counts;
        }
        for (Object[] row : messages.countUnreadFromVictimSide(claimIds, agentId)) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return counts;
    }
}
