package org.portreg.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The command line's rooms: commands use what they share, never each other's packages. */
class CliLayoutTest {
  static JavaClasses cli;

  @BeforeAll
  static void importCli() {
    cli =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.portreg.cli");
  }

  @Test
  void theSharedPackageKnowsNoCommand() {
    noClasses()
        .that()
        .resideInAPackage("org.portreg.cli.common..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.portreg.cli",
            "org.portreg.cli.registry..",
            "org.portreg.cli.db..",
            "org.portreg.cli.workflow..")
        .check(cli);
  }

  @Test
  void noCommandPackageUsesAnotherOrTheEntryPoint() {
    slices()
        .matching("org.portreg.cli.(*)..")
        .should()
        .notDependOnEachOther()
        .ignoreDependency(
            DescribedPredicate.alwaysTrue(),
            JavaClass.Predicates.resideInAPackage("org.portreg.cli.common.."))
        .check(cli);
    noClasses()
        .that()
        .resideOutsideOfPackage("org.portreg.cli")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.portreg.cli")
        .check(cli);
  }

  @Test
  void packagesHaveNoCycles() {
    slices().matching("org.portreg.(**)").should().beFreeOfCycles().check(cli);
  }
}
