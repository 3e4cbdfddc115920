package fr.victimportal.expertise;

import fr.victimportal.account.AccountService;
import fr.victimportal.account.DemoAccounts;
import fr.victimportal.claim.ClaimDeadlines;
import fr.victimportal.claim.demo.DemoStory;
import fr.victimportal.expertise.domain.ExaminationNotice;
import fr.victimportal.expertise.domain.ExaminationNoticeRepository;
import fr.victimportal.shared.PortalProperties;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** In demo mode, the examination of the second demo story's aggravation ({@link DemoStory}), report received. */
@Component
@Order(35)
class DemoExamination implements ApplicationRunner {

    private final AccountService accounts;
    private final ExaminationNoticeRepository notices;
    private final ClaimDeadlines deadlines;
    private final Clock clock;
    private final boolean enabled;

    DemoExamination(
            AccountService accounts,
            ExaminationNoticeRepository notices,
            ClaimDeadlines deadlines,
            Clock clock,
            PortalProperties properties) {
        this.accounts = accounts;
        this.notices = notices;
        this.deadlines = deadlines;
        this.clock = clock;
        this.enabled = properties.demo().enabled();
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        String ref = DemoAccounts.AGGRAVATION_CLAIM;
        Long agent = accounts.idOf("agent@demo.victim-portal.fr").orElse(null);
        Long cycle = deadlines.cycles().currentCycle(ref).orElse(null);
        if (!enabled
                || agent == null
                || cycle == null
                || notices.findFirstByClaimReferenceOrderByIdDesc(ref).isPresent()) {
            return;
        }
        LocalDate exam = DemoStory.aggravationExam(LocalDate.now(clock));
        ExaminationNotice notice = new ExaminationNotice(
                ref,
                new NoticeInput(
                        "Dr Anne Perrot (fictif)",
                        "Médecin expert en réparation du dommage corporel",
                        "Évaluer l’aggravation déclarée",
                        exam,
                        LocalTime.of(10, 30),
                        "18 quai Claude-Bernard, 69007 Lyon",
                        DemoStory.INSURER,
                        true,
                        exam.minusDays(24)),
                agent,
                exam.minusDays(24)
                        .atTime(9, 0)
                        .atZone(ZoneId.of("Europe/Paris"))
                        .toInstant());
        notice.belongsTo(cycle);
        notice.reportReceived(exam.plusDays(16));
        notices.saveAndFlush(notice);
    }
}
