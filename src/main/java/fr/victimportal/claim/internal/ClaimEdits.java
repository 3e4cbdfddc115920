package fr.victimportal.claim.internal;

import fr.victimportal.account.CurrentUser;
import fr.victimportal.claim.ClaimService;
import fr.victimportal.claim.domain.Claim;
import fr.victimportal.claim.domain.ClaimRepository;
import fr.victimportal.claim.domain.ClaimRevision;
import fr.victimportal.claim.domain.ClaimRevisionRepository;
import fr.victimportal.claim.events.ClaimCorrected;
import fr.victimportal.claim.internal.ClaimAccessPolicy.Access;
import fr.victimportal.claim.model.ClaimFile;
import fr.victimportal.claim.model.ClaimStatus;
import fr.victimportal.claim.model.Relation;
import fr.victimportal.claim.model.VehicleDetails;
import fr.victimportal.deadline.Responsible;
import fr.victimportal.shared.UserInputException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * The writing of a declaration section for {@link ClaimService}: the edit check, and after sending the correction
 * history (one revision per changed section) and the {@link ClaimCorrected} event. Runs inside the caller's
 * transaction.
 */
@Component
public class ClaimEdits {

    private final ClaimRepository claims;
    private final ClaimRevisionRepository revisions;
    private final ClaimAccessPolicy access;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ClaimEdits(
            ClaimRepository claims,
            ClaimRevisionRepository revisions,
            ClaimAccessPolicy access,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Clock clock) {
        this.claims = claims;
        this.revisions = revisions;
        this.access = access;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    public Access editable(String reference, long expectedVersion) {
        Access a = access.require(reference, currentUser.require());
        if (!a.relation().mayEditAnswers()) {
            throw new UserInputException(null, "claim.error.readOnly");
        }
        if (a.claim().getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Claim.class, reference);
        }
        return a;
    }

    public long save(Access a, String section, int step, Record before, Record after, Runnable apply) {
        Claim claim = a.claim();
        if (claim.getStatus() == ClaimStatus.SUBMITTED) {
            List<ClaimFile.Change> changes = RecordDiff.changes(before, after);
            if (changes.isEmpty()) {
                return claim.getVersion();
            }
            revisions.save(new ClaimRevision(
                    claim.getId(), clock.instant(), currentUser.require().id(), section, RecordDiff.encode(changes)));
        }
        apply.run();
        if (a.relation() == Relation.AGENT) {
            claim.handling()
                    .acted(clock.instant()); // a fact the handling insurer records: its victim's choice is settled
        }
        claim.reachedStep(step + 1 > 5 ? 5 : step + 1, clock.instant());
        long version = claims.saveAndFlush(claim).getVersion();
        if (claim.getStatus() == ClaimStatus.SUBMITTED) {
            events.publishEvent(new ClaimCorrected(claim.getReference(), section));
        }
        return version;
    }

    /**
     * A revision of a sent claim written by someone who does not edit the answers (the handling insurer's transfer):
     * the history shows it like a correction.
     */
    public void recordRevision(Claim claim, String section, Record before, Record after) {
        revisions.save(new ClaimRevision(
                claim.getId(),
                clock.instant(),
                currentUser.require().id(),
                section,
                RecordDiff.encode(RecordDiff.changes(before, after))));
    }

    /** When the handling insurer of the sent claim changed (a choice of the owner, a transfer), oldest first. */
    public List<InsurerChange> insurerChanges(Claim claim) {
        return revisions.findByClaimIdOrderByRevisedAtDesc(claim.getId()).stream()
                .filter(r -> "insurer".equals(r.getSection()))
                .flatMap(r -> RecordDiff.decode(r.getChanges()).stream()
                        .filter(c -> "insurer".equals(c.field()))
                        .map(c -> new InsurerChange(r.getRevisedAt(), c.before(), c.after())))
                .sorted(Comparator.comparing(InsurerChange::at))
                .toList();
    }

    /** One change of the handling insurer: when, and the names before and after. */
    public record InsurerChange(Instant at, String before, String after) {}

    /** The questionnaire's sending date changed: the revision entry of a sent claim (the events are the caller's). */
    void recordQuestionnaireSentOn(Claim claim, LocalDate before, LocalDate after) {
        if (claim.getStatus() == ClaimStatus.SUBMITTED) {
            revisions.save(new ClaimRevision(
                    claim.getId(),
                    clock.instant(),
                    currentUser.require().id(),
                    "questionnaire",
                    RecordDiff.encode(List.of(new ClaimFile.Change(
                            "sentOn",
                            before == null ? "" : before.toString(),
                            after == null ? "" : after.toString())))));
        }
    }

    /** The vehicle list as one record, so a change of vehicles is diffed like the other sections. */
    public record Vehicles(List<VehicleDetails> vehicles) {}

    /** The revision-history shape of {@link ClaimService#saveResponsible}. */
    public record ResponsibleParty(Responsible responsible) {}
}
