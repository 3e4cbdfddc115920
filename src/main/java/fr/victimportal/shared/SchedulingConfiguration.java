package fr.victimportal.shared;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Background jobs (mail delivery, reminders). Several instances may share one database: ShedLock's table
 * ({@code shedlock}, migration V3) lets one instance at a time run each job, timed by the database's clock so the
 * instances' clocks need not agree. {@code portal.jobs.enabled=false} turns the schedules off (the tests call the
 * jobs directly).
 *
 * <p>A lock is held at most {@code portal.jobs.lock-at-most-for} (1 minute): an instance that dies while running a job
 * leaves a lock that frees itself within that time, so another instance takes the job over within a minute. A run
 * stops taking new work after {@code portal.jobs.run-budget} (40 s) and leaves the rest to the next run, so a long
 * backlog never keeps a run going past its lock. Both jobs are safe without the lock anyway (each mail is claimed by a
 * guarded UPDATE, each reminder has a unique key): the lock only saves instances from doing the same work twice.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "${portal.jobs.lock-at-most-for:PT1M}")
public class SchedulingConfiguration {

    @Bean
    public LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "portal.jobs.enabled", havingValue = "true", matchIfMissing = true)
    @EnableScheduling
    static class Schedules {}
}
