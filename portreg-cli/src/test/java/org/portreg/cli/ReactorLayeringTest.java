package org.portreg.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shape of the whole reactor, checked where every module is on the class path: dependencies
 * point inward (cli → server → store → core; data → core), each framework stays in the one module
 * that adapts it, and no two packages of ours depend on each other in a cycle.
 */
class ReactorLayeringTest {
  private static final String JDBC = "java.sql..";
  private static final String[] JAVALIN = {"io.javalin..", "org.eclipse.jetty..", "gg.jte.."};
  private static JavaClasses portreg;

  /** Our classes from every module (the other modules come as jars on this module's class path). */
  @BeforeAll
  static void importEveryModule() {
    portreg =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            // Core's test jar is on this module's class path too; its classes are no part of ours.
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("org.portreg");
  }

  @Test
  void coreAndDataDependOnNothingOfOursOutsideThemselves() {
    noClasses()
        .that()
        .resideOutsideOfPackages("org.portreg.store..", "org.portreg.server..", "org.portreg.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.portreg.store..", "org.portreg.server..", "org.portreg.cli..")
        .check(portreg);
  }

  @Test
  void theStoreKnowsNoAdapter() {
    noClasses()
        .that()
        .resideInAPackage("org.portreg.store..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.portreg.server..", "org.portreg.cli..")
        .check(portreg);
  }

  @Test
  void theServerKnowsNoCommandLine() {
    noClasses()
        .that()
        .resideInAPackage("org.portreg.server..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.portreg.cli..", "picocli..")
        .check(portreg);
  }

  @Test
  void jdbcOnlyInTheStore() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.portreg.store..")
        .and()
        .doNotHaveFullyQualifiedName("org.portreg.error.StoreException")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(JDBC)
        .check(portreg);
  }

  @Test
  void javalinJettyAndJteOnlyInTheServer() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.portreg.server..")
        .and()
        .resideOutsideOfPackage("gg.jte.generated..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(JAVALIN)
        .check(portreg);
  }

  @Test
  void picocliOnlyInTheCommandLine() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.portreg.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("picocli..")
        .check(portreg);
  }

  /** No cycles between the top-level packages (core's packages and the modules). */
  @Test
  void noCyclesBetweenOurPackages() {
    slices().matching("org.portreg.(*)..").should().beFreeOfCycles().check(portreg);
  }

  /** Nor between any two packages of the whole reactor, at any depth. */
  @Test
  void noCyclesBetweenAnyPackages() {
    slices().matching("org.portreg.(**)").should().beFreeOfCycles().check(portreg);
  }
}
