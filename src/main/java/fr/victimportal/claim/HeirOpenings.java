package fr.victimportal.claim;

import fr.victimportal.account.CurrentUser;
import fr.victimportal.account.PortalUser;
import fr.victimportal.account.Role;
import fr.victimportal.claim.domain.Claim;
import fr.victimportal.claim.domain.ClaimParticipant;
import fr.victimportal.claim.domain.ClaimParticipantRepository;
import fr.victimportal.claim.domain.Claimant;
import fr.victimportal.claim.domain.ClaimantRepository;
import fr.victimportal.claim.domain.HeirOpening;
import fr.victimportal.claim.domain.HeirOpeningRepository;
import fr.victimportal.claim.internal.ClaimAccessPolicy;
import fr.victimportal.claim.internal.ClaimAccessPolicy.Access;
import fr.victimportal.claim.internal.ClaimEdits;
import fr.victimportal.claim.internal.DeclarationRules;
import fr.victimportal.claim.model.ClaimStatus;
import fr.victimportal.claim.model.KinLink;
import fr.victimportal.claim.model.Relation;
import fr.victimportal.claim.model.Representation;
import fr.victimportal.claim.model.YesNoUnknown;
import fr.victimportal.shared.UserInputException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An heir opens the claim of a victim who died without ever having an account (issue 24). The heir owns the draft like
 * a representative would and declares, before anything else, the deceased's name, their own link to them, the date and
 * cause of death and the certificate (stored first by the family module, through the same checks as every upload).
 * Sending the claim then does, in one transaction: the heir's ACTIVE claimant row (an heir, with their link) and their
 * participation as RELATIVE, the sending itself, and the death recorded through {@link ClaimFamily}'s own checks
 * (R211-30, L211-9 al. 2). From then on the heir is to the claim what an invited heir is, never the direct victim.
 */
@Service
@Transactional
public class HeirOpenings {

    private final ClaimAccessPolicy access;
    private final ClaimEdits edits;
    private final ClaimService claims;
    private final ClaimFamily family;
    private final HeirOpeningRepository openings;
    private final ClaimantRepository claimants;
    private final ClaimParticipantRepository participants;
    private final CurrentUser currentUser;
    private final Clock clock;

    HeirOpenings(
            ClaimAccessPolicy access,
            ClaimEdits edits,
            ClaimService claims,
            ClaimFamily family,
            HeirOpeningRepository openings,
            ClaimantRepository claimants,
            ClaimParticipantRepository participants,
            CurrentUser currentUser,
            Clock clock) {
        this.access = access;
        this.edits = edits;
        this.claims = claims;
        this.family = family;
        this.openings = openings;
        this.claimants = claimants;
        this.participants = participants;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** What the heir declared, as the form shows it again. */
    public record Opening(
            String deceasedName, KinLink link, LocalDate diedOn, YesNoUnknown fromAccident, long proofDocumentId) {}

    /** What the heir declared on the draft, if they did (for its owner; "not found" for anyone else). */
    @Transactional(readOnly = true)
    public Optional<Opening> opening(String reference) {
        Access a = access.require(reference, currentUser.require());
        if (a.relation() != Relation.OWNER) {
            return Optional.empty();
        }
        Claim claim = a.claim();
        return openings.findByClaimId(claim.getId())
                .filter(o -> claim.representation().heir())
                .map(o -> new Opening(
                        claim.representation().representedName(),
                        o.getLink(),
                        o.getDiedOn(),
                        o.getFromAccident(),
                        o.getProofDocumentId()));
    }

    /**
     * The checks of {@link #save} without writing anything, so the caller stores the certificate only for a
     * declaration that will be accepted: the owner's draft, the deceased's name, the heir's link, the date of death
     * (not in the future, not before the accident once it is known) and its cause.
     */
    @Transactional(readOnly = true)
    public void check(
            String reference,
            long expectedVersion,
            @Nullable String deceasedName,
            @Nullable KinLink link,
            @Nullable LocalDate diedOn,
            @Nullable YesNoUnknown fromAccident) {
        checked(reference, expectedVersion, deceasedName, link, diedOn, fromAccident);
    }

    /**
     * Saves the heir's declaration on the draft; {@code proofDocumentId} is the certificate just stored, or
     * {@code null} to keep the one given before (refused when there is none). Returns the claim's new version.
     */
    public long save(
            String reference,
            long expectedVersion,
            @Nullable String deceasedName,
            @Nullable KinLink link,
            @Nullable LocalDate diedOn,
            @Nullable YesNoUnknown fromAccident,
            @Nullable Long proofDocumentId) {
        Access a = checked(reference, expectedVersion, deceasedName, link, diedOn, fromAccident);
        Optional<HeirOpening> before = openings.findByClaimId(a.claim().getId());
        Long proof = proofDocumentId != null
                ? proofDocumentId
                : before.map(HeirOpening::getProofDocumentId).orElse(null);
        if (proof == null) {
            throw new UserInputException("proof", "family.death.error.proof");
        }
        long version = claims.saveDeclarant(reference, expectedVersion, deceased(deceasedName));
        HeirOpening opening =
                before.orElseGet(() -> new HeirOpening(a.claim().getId(), link, diedOn, fromAccident, proof));
        opening.change(link, diedOn, fromAccident, proof);
        openings.save(opening);
        return version;
    }

    /**
     * Sends the claim an heir opened: their claimant row and participation, the sending (with all its checks), then the
     * death with its certificate. Any refusal (a death now before the accident date, a missing insurer) changes nothing.
     */
    public void submit(String reference, long expectedVersion) {
        Access a = edits.editable(reference, expectedVersion);
        Claim claim = a.claim();
        HeirOpening opening = openings.findByClaimId(claim.getId())
                .filter(o -> claim.representation().heir())
                .orElseThrow(() -> new UserInputException("role", "heir.error.missing"));
        if (claim.getStatus() == ClaimStatus.SUBMITTED) {
            throw new UserInputException(null, "claim.error.alreadySubmitted");
        }
        family.checkFacts(claim, opening.getDiedOn(), opening.getFromAccident());
        PortalUser me = currentUser.require();
        Instant now = clock.instant();
        Claimant heir = new Claimant(
                claim.getId(),
                me.id(),
                me.displayName(),
                me.getUsername(),
                opening.getLink(),
                true,
                false,
                null,
                null,
                null,
                me.id(),
                now);
        heir.joined(now);
        claimants.save(heir);
        participants.save(new ClaimParticipant(claim.getId(), me.id(), Role.RELATIVE, now));
        claims.submit(reference, expectedVersion);
        family.recordOpeningDeath(a, opening.getDiedOn(), opening.getFromAccident(), opening.getProofDocumentId());
    }

    private Access checked(
            String reference,
            long expectedVersion,
            @Nullable String deceasedName,
            @Nullable KinLink link,
            @Nullable LocalDate diedOn,
            @Nullable YesNoUnknown fromAccident) {
        Access a = edits.editable(reference, expectedVersion);
        if (a.claim().getStatus() == ClaimStatus.SUBMITTED) {
            throw new UserInputException(null, "claim.error.alreadySubmitted");
        }
        DeclarationRules.check(deceased(deceasedName));
        if (link == null) {
            throw new UserInputException("link", "family.invite.error.link");
        }
        family.checkFacts(a.claim(), diedOn, fromAccident);
        return a;
    }

    private static Representation deceased(@Nullable String name) {
        return new Representation(Representation.Person.DECEASED, name, Representation.Role.HEIR);
    }
}
