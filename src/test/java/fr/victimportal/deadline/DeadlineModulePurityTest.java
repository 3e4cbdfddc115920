package fr.victimportal.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Guards the module's rules at source level: only {@code java.*} imports (the app's architecture test checks the
 * bytecode too), no hidden "now", and no file so long it stops being focused.
 */
class DeadlineModulePurityTest {

    private static final Path SOURCES = Path.of("src/main/java/fr/victimportal/deadline");

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.list(SOURCES)) {
            // package-info holds the module's declarations (allowed dependencies, null-marking), not code
            return files.filter(p -> p.toString().endsWith(".java") && !p.endsWith("package-info.java"))
                    .toList();
        }
    }

    @Test
    void pureJavaAndClockFree() throws IOException {
        assertThat(sources()).isNotEmpty().allSatisfy(file -> {
            List<String> lines = Files.readAllLines(file);
            assertThat(lines)
                    .filteredOn(l -> l.startsWith("import "))
                    .as(file.getFileName().toString())
                    .allSatisfy(l -> assertThat(l).matches("import (static )?java\\..*;"));
            assertThat(String.join("\n", lines))
                    .as(file.getFileName().toString())
                    .doesNotContain(".now(")
                    .doesNotContain("Clock")
                    .doesNotContain("System.currentTimeMillis");
            assertThat(lines.size()).as(file.getFileName() + " length").isLessThanOrEqualTo(300);
        });
    }

    @Test
    void everyMessageKeyIsUnique() {
        assertThat(DeadlineMessageKeys.all()).doesNotHaveDuplicates();
    }
}
