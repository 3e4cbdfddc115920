package fr.victimportal.claim.spi;

import fr.victimportal.claim.model.HelperScope;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The claim's calls that do not check who the current user is. They are for callers that run as nobody (the reminder
 * job, the demo data) and for modules that have checked the person's right themselves (a mandate's or an invitation's
 * single-use link). Every other caller goes through {@link fr.victimportal.claim.ClaimService} and
 * {@link fr.victimportal.claim.ClaimParticipants}, which check it on every call. Only the modules whose
 * {@code @ApplicationModule} allows {@code "claim :: spi"} may use this interface (reminder, mandate, doctor; offer and aggravation for the handling
 * insurer their notices go to), and
 * {@code ModularityTest} fails the build for any other.
 */
public interface ClaimJobs {

    /**
     * The legal clock of a submitted claim for the reminders, or empty for a draft, an unknown reference, or dates the
     * legal clock cannot use. Never shown on a screen.
     */
    Optional<ClaimSchedule> scheduleForJobs(String reference, LocalDate today);

    /**
     * Works out the claim's line in the agents' queue again (its stage and next deadline), in the caller's transaction:
     * called by the reminder planner for every fact that moves the claim's legal clock. Nothing for a draft.
     */
    void refreshQueue(String reference, LocalDate today);

    /**
     * The insurer handling the claim now (empty for an unknown reference or a claim not yet addressed): the procedure
     * notices, sent after the victim's act by nobody in particular, go to that insurer's agents and mailbox only.
     */
    Optional<Long> handlingInsurerId(String reference);

    /**
     * The handling insurer of a claim that was sent; empty for a draft (the insurer's agents do not see it yet), an
     * unknown reference or a claim never addressed. The claim's thread opens with it.
     */
    Optional<Long> submittedHandlingInsurerId(String reference);

    /**
     * A claim's reference and owner by its id, for the jobs of the modules that point at claims by id (the thread's
     * digest mails and request reminders); empty for an unknown id.
     */
    Optional<ClaimKey> byId(long claimId);

    /** A claim as a job names it. */
    record ClaimKey(long claimId, String reference, long ownerId) {}

    /** The submitted claims an account owns, newest first (demo data written at start-up). */
    List<String> referencesOwnedBy(long ownerId);

    /**
     * The caseworkers of a claim whose mandate covers an item (the reminder copies go to those with CORRESPONDENCE),
     * by account id.
     */
    List<Long> helpersWith(String reference, HelperScope item);

    /**
     * Admits the caseworker of a mandate the owner signed (the mandate module checks the single-use link and the
     * signature): they take part as HELPER within the scope until the mandate's end. Returns the claim owner's id.
     */
    long admitHelper(String reference, long userId, Set<HelperScope> scope, Instant until);

    /**
     * Ends a caseworker's participation now, once the mandate module has checked that the mandate may end (the owner
     * revokes it, or an account is deleted). Every later read by that person is refused.
     */
    void endHelper(String reference, long userId);

    /**
     * Admits a person the owner invited (the doctor module's single-use invitation is the owner's consent, checked by
     * that module): they take part in their own role from now on. Returns the claim owner's id, to tell them.
     */
    long admitInvited(String reference, long userId);

    /**
     * Who receives the reminders owed to the victim's side (issue 24): the owner while the victim lives (or when the
     * owner represents the victim); after a recorded death, the claim's active heirs with an account that still signs
     * in (none yet: nobody). Empty for an unknown reference.
     */
    List<Long> victimSideRecipients(String reference);
}
