package fr.victimportal.claim;

import fr.victimportal.account.CurrentUser;
import fr.victimportal.claim.internal.ClaimAccessPolicy;
import fr.victimportal.claim.internal.ClaimAccessPolicy.Access;
import fr.victimportal.claim.internal.ClaimEdits;
import fr.victimportal.insurer.InsurerRef;
import fr.victimportal.insurer.Insurers;
import fr.victimportal.shared.UserInputException;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which insurer handles a claim. The victim chooses it in the declaration and may change it until that insurer has
 * acted on the claim; from then on only the handling insurer moves it, by a transfer.
 */
@Service
@Transactional
public class ClaimInsurers {

    private final ClaimEdits edits;
    private final ClaimAccessPolicy access;
    private final CurrentUser currentUser;
    private final Insurers insurers;
    private final Clock clock;

    ClaimInsurers(ClaimEdits edits, ClaimAccessPolicy access, CurrentUser currentUser, Insurers insurers, Clock clock) {
        this.edits = edits;
        this.access = access;
        this.currentUser = currentUser;
        this.insurers = insurers;
        this.clock = clock;
    }

    /**
     * The owner addresses the claim to an insurer of the list. Kept in the corrections history once the claim is
     * sent; refused once the insurer has acted on it.
     */
    public long choose(String reference, long expectedVersion, long insurerId) {
        Access a = edits.editable(reference, expectedVersion);
        InsurerRef chosen = insurers.find(insurerId)
                .filter(i -> !i.retired())
                .orElseThrow(() -> new UserInputException("insurer", "claim.insurer.error.unknown"));
        if (a.claim().getInsurerActedAt() != null) {
            throw new UserInputException("insurer", "claim.insurer.error.acted");
        }
        return edits.save(
                a,
                "insurer",
                3,
                new HandlingInsurer(nameOf(a.claim().getHandlingInsurerId())),
                new HandlingInsurer(chosen.name()),
                () -> a.claim().addressTo(chosen.id(), clock.instant()));
    }

    /** The insurer handling the claim, as its reader may see it (empty while the victim has not chosen). */
    @Transactional(readOnly = true)
    public Optional<InsurerRef> handling(String reference) {
        Long id = access.require(reference, currentUser.require()).claim().getHandlingInsurerId();
        return id == null ? Optional.empty() : insurers.find(id);
    }

    private String nameOf(Long id) {
        return id == null ? "" : insurers.find(id).map(InsurerRef::name).orElse("");
    }

    /** The handling insurer as the corrections history shows it. */
    public record HandlingInsurer(String insurer) {}
}
