package fr.victimportal.offer;

import fr.victimportal.account.PortalUserDetailsService;
import fr.victimportal.account.Role;
import fr.victimportal.claim.ClaimFixtures;
import fr.victimportal.claim.DintilhacHead;
import fr.victimportal.claim.domain.ClaimParticipant;
import fr.victimportal.claim.domain.ClaimParticipantRepository;
import fr.victimportal.claim.domain.ClaimRepository;
import fr.victimportal.claim.model.HelperScope;
import fr.victimportal.claim.model.ProcedureDates;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.springframework.stereotype.Component;

/** A victim with a submitted claim, and offers as the insurer's letter would state them. */
@Component
public class OfferFixtures {

    private final ClaimFixtures claims;
    private final OfferService offers;
    private final ClaimRepository claimRepository;
    private final ClaimParticipantRepository participants;
    private final PortalUserDetailsService users;

    OfferFixtures(
            ClaimFixtures claims,
            OfferService offers,
            ClaimRepository claimRepository,
            ClaimParticipantRepository participants,
            PortalUserDetailsService users) {
        this.claims = claims;
        this.offers = offers;
        this.claimRepository = claimRepository;
        this.participants = participants;
        this.users = users;
    }

    /**
     * An association caseworker under the victim's mandate covering every scope item, attached as an accepted mandate
     * does (the mandate flow itself is tested in MandateTest).
     */
    public String helperOf(Victim v) {
        String helper = claims.newUser(Role.HELPER, "Asso Aide Victimes");
        participants.save(ClaimParticipant.helper(
                claimRepository.findByReference(v.reference()).orElseThrow().getId(),
                users.loadUserByUsername(helper).id(),
                HelperScope.encode(EnumSet.allOf(HelperScope.class)),
                Instant.parse("2026-01-01T00:00:00Z"),
                null));
        return helper;
    }

    public record Victim(String email, String reference) {}

    /**
     * Accident Mon 5 Jan 2026; insurer told 12 Jan (within the R211-29 month, so no suspension); no questionnaire
     * date, so the 8-month offer deadline is not suspended: 5 Sep 2026 is a Saturday, due Mon 7 Sep 2026.
     */
    public Victim victim(String name) {
        String email = claims.newUser(Role.VICTIM, name);
        String ref = claims.submittedClaim(
                email, LocalDate.of(2026, 1, 5), new ProcedureDates(LocalDate.of(2026, 1, 12), null, null, null));
        return new Victim(email, ref);
    }

    /** {@link #victim} with the typical complete offer, received Mon 3 Aug 2026, recorded by the victim. */
    public Victim victimWithOffer(String name) {
        Victim v = victim(name);
        record(v, complete(LocalDate.of(2026, 8, 3), typicalHeads()));
        return v;
    }

    /**
     * A victim whose injuries were consolidated on 1 Mar 2026 (the insurer learned it on 1 Jun 2026), accident and
     * insurer as in {@link #victim}, with the typical offer received Mon 3 Aug 2026 recorded as a provisional one.
     */
    public Victim consolidatedWithProvisionalOffer(String name) {
        String email = claims.newUser(Role.VICTIM, name);
        String ref = claims.submittedClaim(
                email,
                LocalDate.of(2026, 1, 5),
                new ProcedureDates(
                        LocalDate.of(2026, 1, 12), null, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 6, 1)));
        Victim v = new Victim(email, ref);
        OfferInput c = complete(LocalDate.of(2026, 8, 3), typicalHeads());
        record(
                v,
                new OfferInput(
                        c.receivedOn(),
                        OfferKind.PROVISIONAL,
                        c.insurerName(),
                        c.insurerAddress(),
                        c.insurerReference(),
                        true,
                        true,
                        c.propertyDamage(),
                        false,
                        false,
                        c.heads()));
        return v;
    }

    /** A complete definitive offer: every R211-40 element present. */
    public static OfferInput complete(LocalDate receivedOn, List<HeadLine> heads) {
        return new OfferInput(
                receivedOn,
                OfferKind.DEFINITIVE,
                "Assurances du Sud",
                "12 rue du Port\n33000 Bordeaux",
                "SIN-2026-0042",
                true,
                true,
                PropertyDamage.ALREADY_SETTLED,
                false,
                false,
                heads);
    }

    public static List<HeadLine> typicalHeads() {
        return List.of(
                HeadLine.of(DintilhacHead.DSA, "1250.40").withPayer("1100.40", "CPAM de la Gironde", false),
                HeadLine.of(DintilhacHead.PGPA, "3200.00").withPayer("2000.00", "CPAM de la Gironde", false),
                HeadLine.of(DintilhacHead.DFT, "1500.00").withDays(60),
                HeadLine.of(DintilhacHead.SE, "3500.00").withGrade("3"),
                HeadLine.of(DintilhacHead.DFP, "9000.00"));
    }

    public long record(Victim v, OfferInput input) {
        return claims.as(v.email(), () -> offers.record(v.reference(), input));
    }

    /** The victim accepts the latest offer as on its page, the transaction signed today. */
    public OfferFile accept(Victim v) {
        OfferFile f = latest(v.email(), v.reference());
        return claims.as(v.email(), () -> offers.accept(v.reference(), f.id(), f.version()));
    }

    /** The victim accepts the latest offer, saying they signed the transaction on {@code signedOn}. */
    public OfferFile accept(Victim v, LocalDate signedOn) {
        OfferFile f = latest(v.email(), v.reference());
        return claims.as(v.email(), () -> offers.accept(v.reference(), f.id(), f.version(), signedOn));
    }

    public OfferFile latest(String email, String reference) {
        return claims.as(email, () -> offers.latest(reference).orElseThrow());
    }
}
