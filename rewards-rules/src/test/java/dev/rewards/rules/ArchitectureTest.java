package dev.rewards.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The layering, read from the compiled classes of rewards-core and rewards-rules (so it cannot drift
 * from the code): the core is free of Drools and keeps Jackson in its JSON package, no package depends
 * on another that depends back on it, internal packages stay inside their module, kinds never call up
 * into the evaluation, and every package is either listed as API or as internal.
 */
class ArchitectureTest {
    /** The main classes of both modules; rewards-core's test kit (dev.rewards.testing) comes in a test jar and is left out. */
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.rewards")
            .that(DescribedPredicate.not(JavaClass.Predicates.resideInAPackage("dev.rewards.testing..")));
    /** The model: what a program, a transaction, an outcome and an account are, free of any format. */
    private static final String[] MODEL = {"dev.rewards.money..", "dev.rewards.reason..", "dev.rewards.transaction..", "dev.rewards.calendar..",
            "dev.rewards.program..", "dev.rewards.voucher", "dev.rewards.outcome..", "dev.rewards.account"};

    /** The packages hosts may use; a new package fails {@link #every_package_is_api_or_internal} until it is listed. */
    private static final Set<String> API = Set.of("dev.rewards", "dev.rewards.account", "dev.rewards.calendar", "dev.rewards.account.store", "dev.rewards.json", "dev.rewards.json.jackson3",
            "dev.rewards.money", "dev.rewards.outcome", "dev.rewards.reason", "dev.rewards.program", "dev.rewards.scenario", "dev.rewards.simulation",
            "dev.rewards.spi", "dev.rewards.terms", "dev.rewards.transaction", "dev.rewards.voucher", "dev.rewards.voucher.store",
            "dev.rewards.rules", "dev.rewards.rules.api");
    private static final Set<String> INTERNAL = Set.of("dev.rewards.internal", "dev.rewards.rules.internal",
            "dev.rewards.rules.internal.kind", "dev.rewards.rules.internal.benefit");

    @Test
    void the_core_knows_nothing_of_drools() {
        noClasses().that().resideOutsideOfPackage("dev.rewards.rules..")
                .should().dependOnClassesThat().resideInAnyPackage("org.kie..", "org.drools..")
                .check(CLASSES);
    }

    @Test
    void the_model_knows_no_format() {
        noClasses().that().resideInAnyPackage(MODEL)
                .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..", "dev.rewards.json..")
                .check(CLASSES);
    }

    /** Every package with all of its subpackages apart; the root package is checked on its own below. */
    @Test
    void no_package_cycles() {
        slices().matching("dev.rewards.(**)").should().beFreeOfCycles().check(CLASSES);
    }

    /**
     * The root package holds the entry points (Rewards, CompiledProgram) and the exception types every
     * package throws: the exceptions depend on nothing else of the library, so the root is a facade
     * on top and a leaf below, never a link in a cycle.
     */
    @Test
    void the_root_exceptions_are_leaves() {
        noClasses().that().resideInAPackage("dev.rewards").and().areAssignableTo(Exception.class)
                .should().dependOnClassesThat().resideOutsideOfPackages("dev.rewards", "java..")
                .check(CLASSES);
        noClasses().that().resideInAPackage("dev.rewards").and().haveSimpleName("Problem")
                .should().dependOnClassesThat().resideOutsideOfPackages("dev.rewards", "java..")
                .check(CLASSES);
    }

    @Test
    void the_engine_uses_nothing_internal_to_the_core() {
        noClasses().that().resideInAPackage("dev.rewards.rules..")
                .should().dependOnClassesThat().resideInAPackage("dev.rewards.internal..")
                .check(CLASSES);
    }

    @Test
    void the_engine_internals_are_used_by_the_engine_alone() {
        noClasses().that().resideOutsideOfPackage("dev.rewards.rules..")
                .should().dependOnClassesThat().resideInAPackage("dev.rewards.rules.internal..")
                .check(CLASSES);
    }

    @Test
    void kinds_and_benefits_never_call_back_into_the_evaluation() {
        noClasses().that().resideInAnyPackage("dev.rewards.rules.internal.kind..", "dev.rewards.rules.internal.benefit..")
                .should().dependOnClassesThat().resideInAPackage("dev.rewards.rules.internal")
                .check(CLASSES);
    }

    @Test
    void every_package_is_api_or_internal() {
        Set<String> packages = new TreeSet<>();
        for (JavaClass c : CLASSES) {
            // kie-maven-plugin writes the executable model of the built-in DRL into packages named P00, P01, ...
            if (c.getModifiers().contains(JavaModifier.PUBLIC) && !c.getPackageName().matches("dev\\.rewards\\.rules\\.P[0-9A-F]+")) {
                packages.add(c.getPackageName());
            }
        }
        Set<String> known = new TreeSet<>(API);
        known.addAll(INTERNAL);
        assertThat(packages).isSubsetOf(known);
        assertThat(known).isSubsetOf(packages);
    }
}
