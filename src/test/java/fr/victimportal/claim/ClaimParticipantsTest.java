package fr.victimportal.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.victimportal.IntegrationTest;
import fr.victimportal.account.AccountService;
import fr.victimportal.account.Role;
import fr.victimportal.claim.model.ProcedureDates;
import fr.victimportal.claim.model.Relation;
import fr.victimportal.shared.UserInputException;
import java.time.LocalDate;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The minimal participants API other modules use: who may add or end a participation, and what a claim tells. */
class ClaimParticipantsTest extends IntegrationTest {

    @Autowired
    private ClaimFixtures fixtures;

    @Autowired
    private ClaimParticipants participants;

    @Autowired
    private AccountService accounts;

    private long id(String login) {
        return accounts.idOf(login).orElseThrow();
    }

    @Test
    void theOwnerOrAnAgentAddsParticipantsInTheirOwnRoleAndNobodyElseDoes() {
        String victim = fixtures.newUser(Role.VICTIM, "Marc Petit");
        String doctor = fixtures.newUser(Role.DOCTOR, "Dr Léa Blanc");
        String expert = fixtures.newUser(Role.EXPERT, "Dr Yves Noir");
        String agent = fixtures.newUser(Role.AGENT, "Agent Vert");
        String otherVictim = fixtures.newUser(Role.VICTIM, "Zoé Roux");
        String ref = fixtures.submittedClaim(
                victim, LocalDate.of(2026, 10, 5), new ProcedureDates(LocalDate.of(2026, 10, 20), null, null, null));

        fixtures.as(victim, () -> {
            participants.add(ref, id(doctor));
            participants.add(ref, id(doctor));
            return null;
        });
        fixtures.as(agent, () -> {
            participants.add(ref, id(expert));
            return null;
        });
        assertThatThrownBy(() -> fixtures.as(doctor, () -> {
                    participants.add(ref, id(otherVictim));
                    return null;
                }))
                .isInstanceOf(ClaimNotFoundException.class);
        assertThatThrownBy(() -> fixtures.as(victim, () -> {
                    participants.add(ref, id(otherVictim));
                    return null;
                }))
                .isInstanceOf(UserInputException.class);
        assertThatThrownBy(() -> fixtures.as(otherVictim, () -> participants.context(ref)))
                .isInstanceOf(ClaimNotFoundException.class);

        ClaimParticipants.ClaimContext seenByDoctor = fixtures.as(doctor, () -> participants.context(ref));
        assertThat(seenByDoctor.viewer()).isEqualTo(Relation.DOCTOR);
        assertThat(seenByDoctor.participants())
                .extracting(ClaimParticipants.Participant::displayName, ClaimParticipants.Participant::role)
                .containsExactlyInAnyOrder(
                        Tuple.tuple("Dr Léa Blanc", Relation.DOCTOR), Tuple.tuple("Dr Yves Noir", Relation.EXPERT));

        fixtures.as(victim, () -> {
            participants.end(ref, id(doctor));
            return null;
        });
        assertThat(fixtures.as(doctor, () -> participants.find(seenByDoctor.claimId())))
                .isEmpty();
    }
}
