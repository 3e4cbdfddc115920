package fr.victimportal.shared;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the claim's thread holds for its reader, for screens of other modules (the dashboard, the agents' queue):
 * implemented by the correspondence module, which checks the reader itself.
 */
public interface CorrespondenceSummary {

    /**
     * @param unread       lines from others the reader has not seen
     * @param openRequests document requests still open
     * @param nextDue      the earliest due date among them
     */
    record Summary(long unread, int openRequests, @Nullable LocalDate nextDue) {

        public static final Summary NONE = new Summary(0, 0, null);
    }

    /**
     * For the signed-in reader of the claim's thread, in one query. The caller has opened the claim for them and
     * checked that they read its thread (the dashboard shows the block to those only); {@link Summary#NONE} for an
     * unknown reference.
     */
    Summary of(String reference);

    /** For an agent: unread lines from the victim's side, by claim id (claims with none are left out). */
    Map<Long, Long> unreadForAgent(long agentId, Collection<Long> claimIds);
}
