package fr.victimportal;

import org.springframework.test.context.ActiveProfilesResolver;

/**
 * The profiles of the suite: {@code test} (in-memory H2) and {@code demo} (the demo accounts and claims the tests sign in with) by default; with {@code -Dvp.test.db=postgres} (the Surefire
 * execution {@code postgres-suite}) the same tests run on PostgreSQL with the production {@code postgres} profile and
 * {@code postgres-test}, which gives the run a schema of its own, emptied first.
 */
public class TestProfiles implements ActiveProfilesResolver {

    public static boolean onPostgres() {
        return "postgres".equals(System.getProperty("vp.test.db"));
    }

    @Override
    public String[] resolve(Class<?> testClass) {
        return onPostgres()
                ? new String[] {"test", "demo", "postgres", "postgres-test"}
                : new String[] {"test", "demo"};
    }
}
