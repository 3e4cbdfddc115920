package fr.victimportal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one test configuration of the suite, so all test classes share one Spring context: the real application on a
 * random port, the {@code test} profile (in-memory H2, GreenMail's port; or PostgreSQL, see {@link TestProfiles}),
 * the movable {@link TestClock}, and cheap password hashes ({@link FastPasswordHashing}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
@Import({TestClockConfiguration.class, PostgresSuiteConfiguration.class, FastPasswordHashing.class})
public @interface PortalSpringBootTest {}
