package fr.victimportal.aggravation;

import fr.victimportal.TestClock;
import fr.victimportal.account.PortalUserDetailsService;
import fr.victimportal.account.Role;
import fr.victimportal.claim.domain.ClaimParticipant;
import fr.victimportal.claim.domain.ClaimParticipantRepository;
import fr.victimportal.claim.domain.ClaimRepository;
import fr.victimportal.offer.OfferFixtures;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The aggravation tests' shared steps: a victim whose settlement is accepted, a worsening as the victim would
 * describe it, and a participant attached to a claim.
 */
@Component
public class AggravationFixtures {

    private final OfferFixtures fixtures;
    // looked up when used: the startup tests start the application, with these beans, but without the test clock
    private final ObjectProvider<TestClock> clock;
    private final ClaimParticipantRepository participants;
    private final ClaimRepository claimRepository;
    private final PortalUserDetailsService users;

    AggravationFixtures(
            OfferFixtures fixtures,
            ObjectProvider<TestClock> clock,
            ClaimParticipantRepository participants,
            ClaimRepository claimRepository,
            PortalUserDetailsService users) {
        this.fixtures = fixtures;
        this.clock = clock;
        this.participants = participants;
        this.claimRepository = claimRepository;
        this.users = users;
    }

    /** A functional worsening since that day, with a description the declaration accepts. */
    static AggravationInput worse(LocalDate since) {
        return new AggravationInput(
                AggravationNature.FUNCTIONAL,
                since,
                "Douleurs au genou plus fortes, nouvelle opération prévue, arrêt de travail.");
    }

    /**
     * A victim whose definitive offer was accepted on Fri 4 Dec 2026 (the clock is set to that day, 10:00 in Paris).
     * Checked by hand: 4 Dec + 15 days = Sat 19 Dec, so the withdrawal period ends Mon 21 Dec 2026 (CPC 641/642).
     */
    OfferFixtures.Victim settled(String name) {
        clock.getObject().set(TestClock.paris(2026, 12, 4, 10, 0));
        var v = fixtures.victimWithOffer(name);
        fixtures.accept(v);
        return v;
    }

    /** Attaches an existing account to the claim in that role, as the agents would. */
    void attach(String reference, String email, Role role) {
        participants.save(new ClaimParticipant(
                claimRepository.findByReference(reference).orElseThrow().getId(),
                users.loadUserByUsername(email).id(),
                role,
                Instant.parse("2026-01-01T00:00:00Z")));
    }
}
