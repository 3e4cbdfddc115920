package fr.victimportal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module map (README, "How the code is laid out") as a test: a module may use only the modules listed here, only through their
 * root package (never their domain or ui), with no cycles, and the legal clock stays pure Java.
 */
class ModuleDependencyRulesTest {

    static final String BASE = "fr.victimportal";

    /** Module → the modules it may depend on. */
    static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("shared", Set.of()),
            // the engine is pure Java (checked below); its page and JSON API use the shell
            Map.entry("deadline", Set.of("shared")),
            Map.entry("audit", Set.of("shared")),
            Map.entry("notification", Set.of("shared")),
            Map.entry("account", Set.of("shared", "notification")),
            Map.entry("claim", Set.of("shared", "account", "deadline", "audit")),
            Map.entry("medical", Set.of("shared", "account", "claim", "audit")),
            Map.entry("doctor", Set.of("shared", "account", "claim", "notification")),
            Map.entry("expertise", Set.of("shared", "account", "claim", "deadline")),
            Map.entry("offer", Set.of("shared", "account", "claim", "deadline", "audit", "notification")),
            // notification: it tells the insurer's agents of a declaration ("anyone who sends a mail")
            Map.entry("aggravation", Set.of("shared", "account", "claim", "deadline", "notification")),
            Map.entry("mandate", Set.of("shared", "account", "claim", "audit", "notification")),
            Map.entry("reminder", Set.of("shared", "deadline", "notification", "claim", "expertise", "offer",
                    "aggravation")));

    private static JavaClasses production;

    @BeforeAll
    static void importClasses() {
        production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(BASE);
    }

    static ArchRule deadlineIsPureJava(String base) {
        return classes().that().resideInAPackage(base + ".deadline..")
                .and().resideOutsideOfPackages(base + ".deadline.ui..", base + ".deadline.api..")
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

    @Test
    void everyModuleDependsOnlyOnTheModulesItIsAllowedTo() {
        for (var entry : ALLOWED.entrySet()) {
            Set<String> forbidden = new HashSet<>(ALLOWED.keySet());
            forbidden.remove(entry.getKey());
            forbidden.removeAll(entry.getValue());
            String[] packages = forbidden.stream().map(m -> BASE + "." + m + "..").toArray(String[]::new);
            noClasses().that().resideInAPackage(BASE + "." + entry.getKey() + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(packages)
                    .because(entry.getKey() + " may only use " + entry.getValue())
                    .allowEmptyShould(true)
                    .check(production);
        }
    }

    @Test
    void everyModuleFolderIsInTheMap() {
        Set<String> modules = new HashSet<>();
        for (JavaClass c : production) {
            String rest = c.getPackageName().substring(BASE.length());
            if (rest.startsWith(".")) {
                modules.add(rest.substring(1).split("\\.")[0]);
            }
        }
        assertThat(ALLOWED.keySet()).containsAll(modules);
    }

    @Test
    void noModuleReachesIntoAnotherModulesDomainOrUi() {
        for (String module : ALLOWED.keySet()) {
            if (module.equals("shared")) {
                continue; // the kernel's ui (MainLayout, error views) is for everyone
            }
            String own = BASE + "." + module;
            DescribedPredicate<JavaClass> internals = new DescribedPredicate<>(module + "'s domain or ui") {
                @Override
                public boolean test(JavaClass c) {
                    return c.getPackageName().startsWith(own + ".domain") || c.getPackageName().startsWith(own + ".ui");
                }
            };
            noClasses().that().resideOutsideOfPackage(own + "..")
                    .should().dependOnClassesThat(internals)
                    .allowEmptyShould(true)
                    .check(production);
        }
    }

    @Test
    void modulesHaveNoCycles() {
        slices().matching(BASE + ".(*)..").should().beFreeOfCycles().allowEmptyShould(true).check(production);
    }
}
