package fr.victimportal.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock of the application. Legal deadlines are counted in French local dates (docs/legal-notes.md), so every
 * "today" comes from this Europe/Paris clock and tests can replace it with a fixed one.
 */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

    /** The legal time zone of the procedure: metropolitan France. */
    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /**
     * The Paris clock, shifted by {@code portal.clock.offset} (a rehearsal or the multi-instance check makes reminders
     * due weeks ahead); zero, the default, in every real deployment.
     */
    @Bean
    public Clock clock(PortalProperties properties) {
        Duration offset = properties.clock().offset();
        Clock system = Clock.system(PARIS);
        if (offset.isZero()) {
            return system;
        }
        LoggerFactory.getLogger(ClockConfiguration.class)
                .warn(
                        "portal.clock.offset={}: the application's today is shifted; never do this in production",
                        offset);
        return Clock.offset(system, offset);
    }
}
