package fr.victimportal;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Profile;

/**
 * On PostgreSQL the suite's schema outlives the JVM: empty it when the context starts, so each run begins from the
 * migrations alone, as the in-memory H2 does.
 */
@TestConfiguration(proxyBeanMethods = false)
@Profile("postgres-test")
public class PostgresSuiteConfiguration {

    @Bean
    public FlywayMigrationStrategy cleanThenMigrate() {
        return flyway -> {
            flyway.clean();
            flyway.migrate();
        };
    }
}
