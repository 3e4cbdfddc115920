package fr.victimportal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
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
        production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(BASE);
    }

    @Test
    void everyModuleUsesOnlyWhatItsPackageInfoAllows() {
        MODULES.verify();
    }

    /** A new module must say what it may use: without allowedDependencies Modulith would let it use every module. */
    @Test
    void everyModuleDeclaresItsAllowedDependencies() throws ClassNotFoundException {
        List<String> names = MODULES.stream().map(m -> m.getBasePackage().getName()).toList();
        assertThat(names).hasSize(13);
        for (String name : names) {
            ApplicationModule declared = Class.forName(name + ".package-info").getAnnotation(ApplicationModule.class);
            assertThat(declared).as(name + " has @ApplicationModule").isNotNull();
            assertThat(declared.allowedDependencies()).as(name + " lists its allowed dependencies")
                    .doesNotContain(ApplicationModule.OPEN_TOKEN);
        }
    }

    static ArchRule deadlineIsPureJava(String base) {
        return classes().that().resideInAPackage(base + ".deadline..")
                .and().resideOutsideOfPackages(base + ".deadline.ui..", base + ".deadline.api..")
                .and().doNotHaveSimpleName("package-info") // the module's declarations, not code
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", base + ".deadline..")
                .because("the legal clock is pure Java: no Spring, no Vaadin, no database");
    }

    @Test
    void theLegalClockIsPureJava() {
        deadlineIsPureJava(BASE).allowEmptyShould(true).check(production);
    }

    @Test
    void theDeadlineRuleCatchesAVaadinImport() {
        JavaClasses fixture = new ClassFileImporter().importPackages(BASE + ".archfixture");
        assertThat(deadlineIsPureJava(BASE + ".archfixture").evaluate(fixture).hasViolation()).isTrue();
    }

    /**
     * Services, entities and read models do not depend on screens (formatting for a mail or a PDF lives in shared).
     * One exception: the security configuration names the login view, because Vaadin's security configurer takes
     * its class.
     */
    static ArchRule noServiceDependsOnUi(String base) {
        return noClasses().that().resideInAPackage(base + "..").and().resideOutsideOfPackage("..ui..")
                .and().doNotHaveFullyQualifiedName(BASE + ".account.SecurityConfiguration")
                .should().dependOnClassesThat().resideInAPackage("..ui..")
                .because("screens use services, never the other way round");
    }

    @Test
    void noServiceDependsOnUiCode() {
        noServiceDependsOnUi(BASE).check(production);
    }

    @Test
    void theUiRuleCatchesAServiceUsingAScreen() {
        JavaClasses fixture = new ClassFileImporter().importPackages(BASE + ".archfixture");
        assertThat(noServiceDependsOnUi(BASE + ".archfixture").evaluate(fixture).hasViolation()).isTrue();
    }

    /**
     * Writes the diagram of all modules, one diagram per module and one canvas per module (its API, named interfaces,
     * beans, events) into docs/architecture/; commit them when they change (docs/architecture/README.md).
     */
    @Test
    void writeDocumentation() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/architecture").withoutClean())
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
