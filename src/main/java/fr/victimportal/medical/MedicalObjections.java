package fr.victimportal.medical;

import fr.victimportal.claim.ClaimFamily;
import fr.victimportal.claim.ClaimParticipants;
import fr.victimportal.claim.ClaimParticipants.ClaimContext;
import fr.victimportal.claim.model.Relation;
import fr.victimportal.medical.domain.MedicalObjection;
import fr.victimportal.medical.domain.MedicalObjectionRepository;
import fr.victimportal.shared.UserInputException;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The victim's objection, during their life, to their heirs reading their medical documents after their death (CSP
 * L1110-4 V: "sauf volonté contraire exprimée par la personne avant son décès"). Only the owner records or withdraws
 * it, and only while no death is recorded; once recorded it holds for good.
 */
@Service
@Transactional
public class MedicalObjections {

    private final ClaimParticipants claims;
    private final ClaimFamily family;
    private final MedicalObjectionRepository objections;
    private final Clock clock;

    MedicalObjections(
            ClaimParticipants claims, ClaimFamily family, MedicalObjectionRepository objections, Clock clock) {
        this.claims = claims;
        this.family = family;
        this.objections = objections;
        this.clock = clock;
    }

    /** Whether the owner's objection stands (for the owner's own page). */
    @Transactional(readOnly = true)
    public boolean objected(String reference) {
        ClaimContext claim = DocumentGuard.owned(claims.context(reference));
        return standing(claim.claimId()).isPresent();
    }

    /** The owner objects; a second objection changes nothing. */
    public void object(String reference) {
        ClaimContext claim = alive(reference);
        if (standing(claim.claimId()).isEmpty()) {
            objections.save(new MedicalObjection(claim.claimId(), clock.instant()));
        }
    }

    /** The owner withdraws the objection while alive. */
    public void withdraw(String reference) {
        ClaimContext claim = alive(reference);
        standing(claim.claimId()).ifPresent(o -> o.withdraw(clock.instant()));
    }

    /** Whether an objection stands on the claim (no caller check: for the medical module's access rules). */
    boolean objectionStands(long claimId) {
        return standing(claimId).isPresent();
    }

    private Optional<MedicalObjection> standing(long claimId) {
        return objections.findByClaimId(claimId).stream()
                .filter(MedicalObjection::standing)
                .findFirst();
    }

    private ClaimContext alive(String reference) {
        ClaimContext claim = claims.context(reference);
        if (claim.viewer() != Relation.OWNER) {
            throw new UserInputException(null, "family.objection.error.owner");
        }
        if (family.death(claim.claimId()).isPresent()) {
            throw new UserInputException(null, "family.objection.error.deceased");
        }
        return claim;
    }
}
