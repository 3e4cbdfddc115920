package fr.victimportal;

import java.util.Map;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The suite's password hashes: the same {@code {bcrypt}} format as production, at BCrypt's lowest cost (4, about 1 ms)
 * instead of production's 10 (about 70 ms on the CI machine), since the suite signs in and creates accounts thousands of
 * times. The production encoder is still in the context and checked by {@code PasswordHashCostTest}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FastPasswordHashing {

    @Bean
    @Primary
    public PasswordEncoder testPasswordEncoder() {
        return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(4)));
    }
}
