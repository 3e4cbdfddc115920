package fr.victimportal.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The embedded H2 file database is readable by the portal's account only: its folder (./data by default) is created
 * {@code rwx------} before the database opens, and the database files are set {@code rw-------} once the application
 * is ready. Nothing happens for another database (PostgreSQL) or an in-memory one.
 */
@Component
class EmbeddedDatabaseFiles
        implements BeanFactoryPostProcessor, EnvironmentAware, ApplicationListener<ApplicationReadyEvent> {

    private static final String PREFIX = "jdbc:h2:file:";

    private String url = "";

    @Override
    public void setEnvironment(Environment environment) {
        this.url = environment.getProperty("spring.datasource.url", "");
    }

    /** Before any bean (the data source) exists: the database's folder, created owner-only when missing. */
    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        prepare();
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        restrictFiles();
    }

    /** The database's base path (H2 adds {@code .mv.db}), or null when the URL is not an H2 file database. */
    static Path databasePath(String url) {
        if (!url.startsWith(PREFIX)) {
            return null;
        }
        String path = url.substring(PREFIX.length());
        int settings = path.indexOf(';');
        path = settings < 0 ? path : path.substring(0, settings);
        if (path.startsWith("~/") || path.equals("~")) {
            path = System.getProperty("user.home") + path.substring(1);
        }
        return Path.of(path).toAbsolutePath().normalize();
    }

    void url(String url) {
        this.url = url;
    }

    void prepare() {
        Path db = databasePath(url);
        if (db != null && db.getParent() != null) {
            OwnerOnly.directories(db.getParent());
        }
    }

    void restrictFiles() {
        Path db = databasePath(url);
        if (db == null || db.getParent() == null || !Files.isDirectory(db.getParent())) {
            return;
        }
        String name = db.getFileName().toString() + ".";
        try (Stream<Path> files = Files.list(db.getParent())) {
            files.filter(f -> f.getFileName().toString().startsWith(name) && Files.isRegularFile(f))
                    .forEach(OwnerOnly::restrict);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
