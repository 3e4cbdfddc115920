package fr.victimportal.mandate;

import fr.victimportal.account.AccountService;
import fr.victimportal.account.DemoAccounts;
import fr.victimportal.account.Role;
import fr.victimportal.claim.model.HelperScope;
import fr.victimportal.claim.spi.ClaimJobs;
import fr.victimportal.mandate.domain.Mandate;
import fr.victimportal.mandate.domain.MandateRepository;
import fr.victimportal.shared.ClockConfiguration;
import fr.victimportal.shared.PortalProperties;
import fr.victimportal.shared.Tokens;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode: the demo victim has signed a mandate to the demo caseworker (correspondence, documents, accompanying),
 * accepted, valid one year; the caseworker sees that member and what the mandate opens.
 */
@Component
@Order(25)
class DemoMandate implements ApplicationRunner {

    private final boolean enabled;
    private final AccountService accounts;
    private final ClaimJobs claims;
    private final MandateRepository mandates;
    private final Clock clock;

    DemoMandate(
            PortalProperties properties,
            AccountService accounts,
            ClaimJobs claims,
            MandateRepository mandates,
            Clock clock) {
        this.enabled = properties.demo().enabled();
        this.accounts = accounts;
        this.claims = claims;
        this.mandates = mandates;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        var victim = DemoAccounts.ACCOUNTS.stream()
                .filter(a -> a.role() == Role.VICTIM)
                .findFirst()
                .orElseThrow();
        var helper = DemoAccounts.ACCOUNTS.stream()
                .filter(a -> a.role() == Role.HELPER)
                .findFirst()
                .orElseThrow();
        Long victimId = accounts.idOf(victim.email()).orElse(null);
        Long helperId = accounts.idOf(helper.email()).orElse(null);
        if (victimId == null
                || helperId == null
                || !mandates.findByHelperUserId(helperId).isEmpty()) {
            return;
        }
        String reference =
                claims.referencesOwnedBy(victimId).stream().findFirst().orElse(null);
        if (reference == null) {
            return;
        }
        var scope = EnumSet.of(HelperScope.CORRESPONDENCE, HelperScope.DOCUMENTS, HelperScope.ACCOMPANY);
        LocalDate until = LocalDate.now(clock).plusYears(1);
        Mandate m = new Mandate(
                reference,
                victimId,
                helperId,
                helper.displayName(),
                helper.email(),
                "Association d’aide aux victimes de la route (fictive)",
                "W751234567",
                Standing.APPROVED_VICTIM_SUPPORT,
                HelperScope.encode(scope),
                until,
                victim.displayName(),
                clock.instant(),
                Tokens.hash(Tokens.newToken()),
                clock.instant());
        m.accepted(clock.instant());
        mandates.save(m);
        claims.admitHelper(
                reference,
                helperId,
                scope,
                until.plusDays(1).atStartOfDay(ClockConfiguration.PARIS).toInstant());
    }
}
