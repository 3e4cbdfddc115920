package fr.victimportal.e2e;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The production jar under test, started once for the whole run in a fresh working directory (a new H2 file
 * database, and with the {@code demo} profile the demo accounts and the demo claim), on a free port, with the JDK running these tests.
 */
final class PortalJar {

    private static PortalJar instance;

    final int port;
    final Path workDir;
    private final Process process;

    private PortalJar() throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("e2e.jar", "target/victim-portal-0.1.0-SNAPSHOT.jar"))
                .toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No production jar at " + jar + ": run ./mvnw -Pproduction package first");
        }
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        workDir = Files.createTempDirectory("vp-e2e-");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        process = new ProcessBuilder(List.of(
                        java,
                        "-Xmx768m",
                        "-jar",
                        jar.toString(),
                        "--server.port=" + port,
                        "--spring.profiles.active=demo",
                        "--management.server.port=-1",
                        "--portal.base-url=http://localhost:" + port))
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(workDir.resolve("app.log").toFile())
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long until = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < until) {
            try {
                HttpResponse<Void> r = http.send(
                        HttpRequest.newBuilder(URI.create(url("/login"))).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                if (!process.isAlive()) {
                    break;
                }
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The portal did not start; see " + workDir.resolve("app.log"));
    }

    static synchronized PortalJar get() {
        if (instance == null) {
            try {
                instance = new PortalJar();
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
        return instance;
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }
}
