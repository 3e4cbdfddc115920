package fr.victimportal.shared;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock of the application. Legal deadlines are counted in French local dates (DOMAIN §3.1), so every
 * "today" comes from this Europe/Paris clock and tests can replace it with a fixed one.
 */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

    /** The legal time zone of the procedure: metropolitan France. */
    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Bean
    public Clock clock() {
        return Clock.system(PARIS);
    }
}
