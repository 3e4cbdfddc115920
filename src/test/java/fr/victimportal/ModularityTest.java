package fr.victimportal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module structure as a test. Spring Modulith reads each module's {@code package-info.java}: a module may use only
 * the modules (and named interfaces, {@code claim :: spi}) its {@code @ApplicationModule} lists, never another
 * module's internal packages ({@code domain}, {@code ui}, {@code internal}), and closed modules form no cycle. Two
 * rules Modulith does not know stay in ArchUnit: the legal clock is pure Java, and no service depends on a screen.
 * The module diagrams in docs/architecture/ are written from the same model.
 */
class ModularityTest {

    static final String BASE = "fr.victimportal";

    static final ApplicationModules MODULES = ApplicationModules.of(Application.class);

    private static JavaClasses production;

    @BeforeAll
    static void importClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(BASE);
    }

    @Test
    void everyModuleUsesOnlyWhatItsPackageInfoAllows() {
        MODULES.verify();
    }

    /** A new module must say what it may use: without allowedDependencies Modulith would let it use every module. */
    @Test
    void everyModuleDeclaresItsAllowedDependencies() throws ClassNotFoundException {
        List<String> names =
                MODULES.stream().map(m -> m.getBasePackage().getName()).toList();
        assertThat(names).contains(BASE + ".claim", BASE + ".shared", BASE + ".deadline");
        for (String name : names) {
            ApplicationModule declared = Class.forName(name + ".package-info").getAnnotation(ApplicationModule.class);
            assertThat(declared).as(name + " has @ApplicationModule").isNotNull();
            assertThat(declared.allowedDependencies())
                    .as(name + " lists its allowed dependencies")
                    .doesNotContain(ApplicationModule.OPEN_TOKEN);
        }
    }

    static ArchRule deadlineIsPureJava(String base) {
        return classes()
                .that()
                .resideInAPackage(base + ".deadline..")
                .and()
                .resideOutsideOfPackages(base + ".deadline.ui..", base + ".deadline.api..")
                .and()
                .doNotHaveSimpleName("package-info") // the module's declarations, not code
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", base + ".deadline..")
                .because("the legal clock is pure Java: no Spring, no Vaadin, no database");
    }

    @Test
    void theLegalClockIsPureJava() {
        deadlineIsPureJava(BASE).allowEmptyShould(true).check(production);
    }

    @Test
    void theDeadlineRuleCatchesAVaadinImport() {
        JavaClasses fixture = new ClassFileImporter().importPackages(BASE + ".archfixture");
        assertThat(deadlineIsPureJava(BASE + ".archfixture").evaluate(fixture).hasViolation())
                .isTrue();
    }

    /**
     * Services, entities and read models do not depend on screens (formatting for a mail or a PDF lives in shared).
     * No exception since the sign-in page left Vaadin (issue 25): the security configuration names it by its path.
     */
    static ArchRule noServiceDependsOnUi(String base) {
        return noClasses()
                .that()
                .resideInAPackage(base + "..")
                .and()
                .resideOutsideOfPackage("..ui..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("..ui..")
                .because("screens use services, never the other way round");
    }

    @Test
    void noServiceDependsOnUiCode() {
        noServiceDependsOnUi(BASE).check(production);
    }

    @Test
    void theUiRuleCatchesAServiceUsingAScreen() {
        JavaClasses fixture = new ClassFileImporter().importPackages(BASE + ".archfixture");
        assertThat(noServiceDependsOnUi(BASE + ".archfixture").evaluate(fixture).hasViolation())
                .isTrue();
    }

    /**
     * Writes the diagram of all modules, one diagram per module and one canvas per module (its API, named interfaces,
     * beans, events) into docs/architecture/; commit them when they change (docs/architecture/README.md).
     */
    @Test
    void writeDocumentation() throws IOException {
        new Documenter(
                        MODULES,
                        Documenter.Options.defaults()
                                .withOutputFolder("docs/architecture")
                                .withoutClean())
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        writeMermaidDiagram(Path.of("docs/architecture/modules.md"));
        try (Stream<Path> files = Files.list(Path.of("docs/architecture"))) {
            for (Path file :
                    files.filter(f -> f.toString().matches(".*\\.(puml|adoc)")).toList()) {
                Files.write(file, inStableOrder(Files.readAllLines(file)));
            }
        }
    }

    /**
     * The Documenter lists arrows, components and canvas items in hash order, which changes from run to run; sorted,
     * the committed files change only when the modules do. Sorts each run of {@code Rel(} or {@code Component(}
     * lines, and each canvas list ({@code |* first}, then {@code * next} lines).
     */
    static List<String> inStableOrder(List<String> lines) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            String kind = kindOf(lines.get(i));
            int end = i + 1;
            while (kind != null
                    && end < lines.size()
                    && kind.equals(kindOf(lines.get(end)))
                    && !lines.get(end).startsWith("|")) {
                end++;
            }
            List<String> run = new ArrayList<>(lines.subList(i, end));
            boolean cell = run.get(0).startsWith("|* ");
            if (cell) {
                run.set(0, run.get(0).substring(1));
            }
            if (kind != null) {
                run.sort(null);
            }
            if (cell) {
                run.set(0, "|" + run.get(0));
            }
            out.addAll(run);
            i = end;
        }
        return out;
    }

    private static String kindOf(String line) {
        if (line.startsWith("Rel(")) {
            return "arrow";
        }
        if (line.stripLeading().startsWith("Component(")) {
            return "component";
        }
        return line.startsWith("|* ") || line.startsWith("* ") ? "item" : null;
    }

    /**
     * The same arrows as components.puml, as a Mermaid graph GitHub shows in place (shared, used by all, left out):
     * into docs/architecture/modules.md, and into the project README between its two "modules" markers.
     */
    private static void writeMermaidDiagram(Path file) throws IOException {
        StringBuilder graph = new StringBuilder("```mermaid\ngraph TD\n");
        MODULES.stream()
                .sorted(Comparator.comparing(ModularityTest::name))
                .forEach(module -> module.getDirectDependencies(MODULES)
                        .uniqueModules()
                        .map(ModularityTest::name)
                        .filter(target -> !target.equals("shared"))
                        .sorted()
                        .forEach(target -> graph.append("    ")
                                .append(name(module))
                                .append(" --> ")
                                .append(target)
                                .append('\n')));
        graph.append("```\n");
        Files.writeString(file, """
                # Modules and their dependencies

                Written by `ModularityTest.writeDocumentation` from the code; do not edit. Every module also uses
                `shared`, which is left out of the picture. [README.md](README.md) says what each module holds.

                """ + graph);
        Path readme = Path.of("README.md");
        String text = Files.readString(readme);
        String start = "<!-- modules:start (ModularityTest writes this graph) -->\n";
        String end = "<!-- modules:end -->";
        int from = text.indexOf(start);
        int to = text.indexOf(end);
        if (from >= 0 && to > from) {
            Files.writeString(readme, text.substring(0, from + start.length()) + graph + text.substring(to));
        }
    }

    private static String name(org.springframework.modulith.core.ApplicationModule module) {
        return module.getIdentifier().toString();
    }
}
