package fr.victimportal.aggravation;

import fr.victimportal.account.AccountService;
import fr.victimportal.account.DemoAccounts;
import fr.victimportal.aggravation.domain.AggravationRecord;
import fr.victimportal.aggravation.domain.AggravationRecordRepository;
import fr.victimportal.claim.demo.DemoStory;
import fr.victimportal.shared.PortalProperties;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * In demo mode, the aggravation of the second demo story ({@link DemoStory}): declared about twenty months ago,
 * questionnaire answered, consolidated; the examination and the offers of its cycle are written by the expertise and
 * offer modules' demos, which run after this one.
 */
@Component
@Order(30)
class DemoAggravation implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAggravation.class);

    private final AccountService accounts;
    private final AggravationRecordRepository records;
    private final Clock clock;
    private final boolean enabled;

    DemoAggravation(
            AccountService accounts, AggravationRecordRepository records, Clock clock, PortalProperties properties) {
        this.accounts = accounts;
        this.records = records;
        this.clock = clock;
        this.enabled = properties.demo().enabled();
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        String ref = DemoAccounts.AGGRAVATION_CLAIM;
        Long victim = accounts.idOf(DemoAccounts.AGGRAVATION_VICTIM).orElse(null);
        Long agent = accounts.idOf("agent@demo.victim-portal.fr").orElse(null);
        if (!enabled
                || victim == null
                || agent == null
                || !records.findByClaimReferenceOrderBySequenceNoAsc(ref).isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate declared = DemoStory.aggravationDeclared(today);
        AggravationRecord a = new AggravationRecord(
                ref,
                1,
                AggravationNature.FUNCTIONAL,
                DemoStory.worseSince(today),
                "Le genou droit se bloque de plus en plus souvent ; le chirurgien a dû réopérer (ménisque) et j’ai dû "
                        + "reprendre un arrêt de travail de trois mois.",
                DemoStory.INSURER,
                declared,
                victim,
                declared.atTime(19, 5).atZone(ZoneId.of("Europe/Paris")).toInstant());
        a.questionnairePresented(declared.plusDays(15));
        a.questionnaireAnswered(declared.plusDays(29));
        a.consolidated(DemoStory.aggravationConsolidation(today), agent);
        records.saveAndFlush(a);
        log.info("Demo mode: aggravation no. 1 recorded on claim {}", ref);
    }
}
