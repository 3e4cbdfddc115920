package fr.victimportal.family;

import static org.assertj.core.api.Assertions.assertThat;

import fr.victimportal.IntegrationTest;
import fr.victimportal.account.AccountService;
import fr.victimportal.account.DemoAccounts;
import fr.victimportal.account.DemoLogins;
import fr.victimportal.claim.ClaimFamily;
import fr.victimportal.claim.ClaimFixtures;
import fr.victimportal.claim.ClaimRelatives;
import fr.victimportal.claim.ClaimantAnswers;
import fr.victimportal.claim.demo.DemoFatalStory;
import fr.victimportal.claim.model.KinLink;
import fr.victimportal.claim.model.YesNoUnknown;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo's fatal accident (issue 24; the suite runs with the demo profile): Daniel Moreau died six weeks after the
 * accident, from it; his two heirs have joined with their own demo logins, the minor Hugo through his representative's
 * account; Claire's R211-38 answers are filled; the deceased's account is closed; the South demo agent handles it.
 */
class DemoFatalClaimTest extends IntegrationTest {

    @Autowired
    private ClaimFixtures fixtures;

    @Autowired
    private ClaimFamily family;

    @Autowired
    private ClaimRelatives relatives;

    @Autowired
    private ClaimantAnswers answers;

    @Autowired
    private AccountService accounts;

    @Autowired
    private fr.victimportal.claim.ClaimService claims;

    @Test
    void theFatalClaimHasItsDeathItsTwoHeirsAndClairesAnswers() {
        String ref = DemoFatalStory.CLAIM;
        assertThat(DemoAccounts.ACCOUNTS)
                .anySatisfy(a -> assertThat(a.email()).isEqualTo(DemoFatalStory.SPOUSE))
                .anySatisfy(a -> assertThat(a.email()).isEqualTo(DemoFatalStory.MINOR_REPRESENTATIVE));

        var death = fixtures.as(DemoLogins.AGENT, () -> family.death(ref)).orElseThrow();
        assertThat(death.fromAccident()).isEqualTo(YesNoUnknown.YES);
        var heirs = fixtures.as(DemoLogins.AGENT, () -> relatives.list(ref));
        assertThat(heirs).hasSize(2).allSatisfy(h -> assertThat(h.heir()).isTrue());
        assertThat(heirs).anySatisfy(h -> {
            assertThat(h.name()).isEqualTo("Claire Moreau");
            assertThat(h.link()).isEqualTo(KinLink.SPOUSE);
            assertThat(h.minor()).isFalse();
        });
        assertThat(heirs).anySatisfy(h -> {
            assertThat(h.name()).isEqualTo("Hugo Moreau");
            assertThat(h.link()).isEqualTo(KinLink.CHILD);
            assertThat(h.minor()).isTrue();
            assertThat(h.representativeName()).isEqualTo("Claire Moreau");
        });

        var claire = fixtures.as(DemoFatalStory.SPOUSE, () -> answers.mine(ref)).orElseThrow();
        assertThat(claire.answers().occupation()).isEqualTo("Aide-soignante");
        assertThat(claire.answers().funeralExpenses()).isEqualByComparingTo("4860.00");
        var hugo = fixtures.as(DemoFatalStory.MINOR_REPRESENTATIVE, () -> answers.mine(ref))
                .orElseThrow();
        assertThat(hugo.name()).isEqualTo("Hugo Moreau");
        assertThat(hugo.version()).isEqualTo(ClaimantAnswers.NEW);
        assertThat(fixtures.as(DemoLogins.AGENT, () -> answers.all(ref))).hasSize(2);

        assertThat(accounts.closed(accounts.idOf(DemoFatalStory.VICTIM).orElseThrow()))
                .isTrue();
        var file = fixtures.as(DemoLogins.AGENT, () -> claims.open(ref));
        assertThat(ChronoUnit.WEEKS.between(file.accident().date(), file.facts().victimDied()))
                .isEqualTo(6);
    }
}
