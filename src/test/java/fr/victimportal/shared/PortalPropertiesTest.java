package fr.victimportal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.util.unit.DataSize;

/** How {@code portal.*} is bound: the defaults when nothing is set, the keys as written, and a wrong value refused. */
class PortalPropertiesTest {

    private final ApplicationContextRunner runner =
            new ApplicationContextRunner().withUserConfiguration(PropertiesConfiguration.class);

    @Test
    void withNothingSetEveryPartHasThePortalsDefaults() {
        runner.run(context -> {
            PortalProperties properties = context.getBean(PortalProperties.class);
            assertThat(properties.baseUrl()).isEqualTo("http://localhost:8080");
            assertThat(properties.demo().enabled()).isFalse();
            assertThat(properties.jobs().enabled()).isTrue();
            assertThat(properties.jobs().runBudget()).isEqualTo(Duration.ofSeconds(40));
            assertThat(properties.mail().retryDelays())
                    .containsExactly(
                            Duration.ofMinutes(1),
                            Duration.ofMinutes(5),
                            Duration.ofMinutes(30),
                            Duration.ofHours(2),
                            Duration.ofHours(12));
            assertThat(properties.mail().maxAttempts()).isEqualTo(6);
            assertThat(properties.security().lockout().maxAttempts()).isEqualTo(5);
            assertThat(properties.security().throttle().resetPerAddress().capacity())
                    .isEqualTo(3);
            assertThat(properties.security().throttle().signIn().period()).isEqualTo(Duration.ofMinutes(15));
            assertThat(properties.security().deviceCookie().key()).isNull();
            assertThat(properties.security().frameAncestors()).isEqualTo("'none'");
            assertThat(properties.medical().maxTotalPerClaim()).isEqualTo(DataSize.ofGigabytes(1));
            assertThat(properties.medical().tempDir().normalize()).isEqualTo(Path.of("data/upload-tmp"));
            assertThat(properties.medical().encryptionKey()).isNull();
        });
    }

    @Test
    void theKeysAreBoundAsTheOperatorWritesThem() {
        runner.withPropertyValues(
                        "portal.base-url=https://portail.example.fr",
                        "portal.security.throttle.reset-per-address.capacity=7",
                        "portal.mail.retry-delays=2m,1h",
                        "portal.medical.session-max-size=3MB",
                        "portal.clock.offset=P30D",
                        "portal.questionnaire.store-nir=true")
                .run(context -> {
                    PortalProperties properties = context.getBean(PortalProperties.class);
                    assertThat(properties.baseUrl()).isEqualTo("https://portail.example.fr");
                    assertThat(properties
                                    .security()
                                    .throttle()
                                    .resetPerAddress()
                                    .capacity())
                            .isEqualTo(7);
                    assertThat(properties
                                    .security()
                                    .throttle()
                                    .resetPerAddress()
                                    .period())
                            .isEqualTo(Duration.ofHours(1));
                    assertThat(properties.mail().retryDelays())
                            .isEqualTo(List.of(Duration.ofMinutes(2), Duration.ofHours(1)));
                    assertThat(properties.medical().sessionMaxSize()).isEqualTo(DataSize.ofMegabytes(3));
                    assertThat(properties.clock().offset()).isEqualTo(Duration.ofDays(30));
                    assertThat(properties.questionnaire().storeNir()).isTrue();
                });
    }

    @Test
    void aWrongValueStopsTheStartNamingTheKey() {
        runner.withPropertyValues("portal.security.lockout.max-attempts=0").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).hasStackTraceContaining("security.lockout.maxAttempts");
        });
        runner.withPropertyValues("portal.mail.from= ")
                .run(context -> assertThat(context).hasFailed());
        runner.withPropertyValues("portal.security.throttle.api.period=0s")
                .run(context -> assertThat(context).hasFailed());
    }
}
