package fr.victimportal.people;

import fr.victimportal.account.AccountService;
import fr.victimportal.account.Role;
import fr.victimportal.claim.ClaimFixtures;
import fr.victimportal.claim.ClaimParticipants;
import fr.victimportal.claim.domain.ClaimParticipant;
import fr.victimportal.claim.domain.ClaimParticipantRepository;
import fr.victimportal.claim.domain.ClaimRepository;
import fr.victimportal.claim.domain.Claimant;
import fr.victimportal.claim.domain.ClaimantRepository;
import fr.victimportal.claim.model.HelperScope;
import fr.victimportal.claim.model.KinLink;
import fr.victimportal.insurer.InsurerFixtures;
import fr.victimportal.offer.OfferFixtures;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The people of the access matrices around one victim's claim: its owner, another victim, caseworkers whose mandate
 * covers everything, only the correspondence, everything but the correspondence, or ended a second ago, an agent of the insurer handling the claim, an
 * agent of another insurer, the handling insurer's administrator, the claim's doctor and examining doctor, and a doctor
 * with no part in it. Logins by row name.
 */
@Component
class AccessCast {

    /** The rows of both matrices (the screens' matrix adds an anonymous visitor). */
    enum Who {
        ANONYMOUS,
        OWNER,
        OTHER_VICTIM,
        HELPER_ALL,
        HELPER_MAIL_ONLY,
        /** A caseworker whose mandate covers everything but the correspondence: never in the claim's thread. */
        HELPER_NO_MAIL,
        HELPER_REVOKED,
        AGENT_SAME_INSURER,
        /** An agent of another insurer: denied every cell, like another victim. */
        AGENT_OTHER_INSURER,
        /** The administrator of the claim's insurer: manages agents, never opens a claim. */
        INSURER_ADMIN,
        DOCTOR,
        EXPERT,
        OTHER_DOCTOR,
        /**
         * A relative of the living victim who accepted the victim's invitation (issue 24): reads the dashboard, never
         * the thread nor an unshared medical document; writes only their own R211-38 answers.
         */
        RELATIVE
    }

    private final ClaimFixtures claims;
    private final OfferFixtures offers;
    private final ClaimParticipants participants;
    private final ClaimParticipantRepository participantRows;
    private final ClaimRepository claimRows;
    private final AccountService accounts;
    private final Clock clock;
    private final InsurerFixtures insurers;
    private final ClaimantRepository claimants;

    AccessCast(
            ClaimFixtures claims,
            OfferFixtures offers,
            ClaimParticipants participants,
            ClaimParticipantRepository participantRows,
            ClaimRepository claimRows,
            AccountService accounts,
            Clock clock,
            InsurerFixtures insurers,
            ClaimantRepository claimants) {
        this.claimants = claimants;
        this.insurers = insurers;
        this.claims = claims;
        this.offers = offers;
        this.participants = participants;
        this.participantRows = participantRows;
        this.claimRows = claimRows;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Every signed-in row's login around the victim's claim (ANONYMOUS has none). */
    Map<Who, String> around(OfferFixtures.Victim v) {
        long claimId = claimRows.findByReference(v.reference()).orElseThrow().getId();
        Map<Who, String> login = new LinkedHashMap<>();
        login.put(Who.OWNER, v.email());
        login.put(Who.OTHER_VICTIM, claims.newUser(Role.VICTIM, "Autre Victime"));
        login.put(Who.HELPER_ALL, offers.helperOf(v));
        login.put(Who.HELPER_MAIL_ONLY, helper(claimId, EnumSet.of(HelperScope.CORRESPONDENCE), null));
        login.put(
                Who.HELPER_NO_MAIL,
                helper(claimId, EnumSet.complementOf(EnumSet.of(HelperScope.CORRESPONDENCE)), null));
        login.put(
                Who.HELPER_REVOKED,
                helper(
                        claimId,
                        EnumSet.allOf(HelperScope.class),
                        clock.instant().minusSeconds(1)));
        login.put(Who.AGENT_SAME_INSURER, claims.newUser(Role.AGENT, "Agent Matrice"));
        login.put(Who.AGENT_OTHER_INSURER, insurers.otherAgent("Agent Autre Assureur"));
        login.put(Who.INSURER_ADMIN, claims.newUser(Role.INSURER_ADMIN, "Admin Matrice"));
        String doctor = claims.newUser(Role.DOCTOR, "Dr Matrice");
        String expert = claims.newUser(Role.EXPERT, "Dr Experte");
        claims.as(v.email(), () -> {
            participants.add(v.reference(), accounts.idOf(doctor).orElseThrow());
            participants.add(v.reference(), accounts.idOf(expert).orElseThrow());
            return null;
        });
        login.put(Who.DOCTOR, doctor);
        login.put(Who.EXPERT, expert);
        login.put(Who.OTHER_DOCTOR, claims.newUser(Role.DOCTOR, "Dr Ailleurs"));
        login.put(Who.RELATIVE, relative(claimId, v.email()));
        return login;
    }

    /** A relative invited by the living victim who joined, as an accepted invitation leaves them. */
    private String relative(long claimId, String owner) {
        String relative = claims.newUser(Role.VICTIM, "Proche Matrice");
        long id = accounts.idOf(relative).orElseThrow();
        Instant now = clock.instant();
        Claimant row = new Claimant(
                claimId,
                id,
                "Proche Matrice",
                relative,
                KinLink.SIBLING,
                false,
                false,
                null,
                null,
                null,
                accounts.idOf(owner).orElseThrow(),
                now);
        row.joined(now);
        claimants.save(row);
        participantRows.save(new ClaimParticipant(claimId, id, Role.RELATIVE, now));
        return relative;
    }

    private String helper(long claimId, EnumSet<HelperScope> scope, Instant until) {
        String helper = claims.newUser(Role.HELPER, "Aide " + scope.size());
        participantRows.save(ClaimParticipant.helper(
                claimId,
                accounts.idOf(helper).orElseThrow(),
                HelperScope.encode(scope),
                Instant.parse("2026-01-01T00:00:00Z"),
                until));
        return helper;
    }
}
