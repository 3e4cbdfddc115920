package fr.victimportal.shared;

import java.io.InputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.Properties;

/**
 * The child process of {@link DurableCommitTest}: opens an H2 file database with the production JDBC URL's settings
 * (read from application.properties, only the file path changed), then commits one row per transaction as fast as it
 * can and prints {@code ACK n} after each commit returned, as a screen would confirm a saved change.
 */
public final class DurableCommitWriter {

    private DurableCommitWriter() {}

    /** The production URL with its database path replaced by {@code path}. */
    public static String productionUrlAt(String path) throws Exception {
        Properties app = new Properties();
        try (InputStream in = DurableCommitWriter.class.getResourceAsStream("/application.properties")) {
            app.load(in);
        }
        String url = app.getProperty("spring.datasource.url");
        String prefix = "jdbc:h2:file:";
        if (!url.startsWith(prefix)) {
            throw new IllegalStateException("Not an embedded H2 file URL: " + url);
        }
        int settings = url.indexOf(';');
        return prefix + path + (settings < 0 ? "" : url.substring(settings));
    }

    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection(productionUrlAt(args[0]), "sa", "")) {
            c.createStatement()
                    .execute("create table if not exists saved_change (id int primary key, note" + " varchar(200))");
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("insert into saved_change values (?, ?)")) {
                for (int i = 1; ; i++) {
                    insert.setInt(1, i);
                    insert.setString(2, "change " + i);
                    insert.executeUpdate();
                    c.commit();
                    System.out.println("ACK " + i);
                    System.out.flush();
                }
            }
        }
    }
}
