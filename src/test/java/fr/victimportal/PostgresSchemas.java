package fr.victimportal;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The PostgreSQL test classes each run in a schema of their own on 127.0.0.1:5432 (database {@code test}), dropped
 * first. Without a PostgreSQL on a developer machine the class is skipped with a message; in CI ({@code CI=true}) an
 * unreachable server fails it.
 */
public final class PostgresSchemas {

    /** Prefix of the JDBC URL; append the schema name (a compile-time constant, usable in annotations). */
    public static final String URL_PREFIX = "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=";

    private PostgresSchemas() {}

    public static void freshOrSkip(String schema) throws SQLException {
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        try (Connection connection = DriverManager.getConnection(URL_PREFIX + schema, "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + schema + " cascade");
        } catch (SQLException unreachable) {
            if (ci) {
                throw unreachable;
            }
            assumeTrue(false, "PostgreSQL on 127.0.0.1:5432 is not reachable: " + unreachable.getMessage());
        }
    }
}
