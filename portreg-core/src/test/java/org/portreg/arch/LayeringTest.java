package org.portreg.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.sql.SQLException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Dependencies point inward, to the model (DESIGN §2, STYLE "Shape"). */
class LayeringTest {
  static JavaClasses core;

  @BeforeAll
  static void importCore() {
    core =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.portreg");
  }

  @Test
  void theModelDependsOnNothingOfOurs() {
    noClasses()
        .that()
        .resideInAPackage("org.portreg.model..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.portreg.rules..", "org.portreg.format..", "org.portreg.error..")
        .check(core);
  }

  @Test
  void theModelDoesNoIo() {
    noClasses()
        .that()
        .resideInAPackage("org.portreg.model..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("java.io..", "java.nio..", "java.net..", "javax.xml..")
        .check(core);
  }

  @Test
  void theRulesDoNotDependOnFormats() {
    noClasses()
        .that()
        .resideInAPackage("org.portreg.rules..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.portreg.format..")
        .check(core);
  }

  @Test
  void coreKnowsNoOuterLayer() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.portreg.store..", "org.portreg.server..", "org.portreg.cli..")
        .check(core);
  }

  @Test
  void coreUsesNoJdbcNoWebServerAndNoCommandLine() {
    // One exception: StoreException takes the store's SQLException (a JDK type, no driver, no
    // connection) to keep its SQLState and cause; nothing else in core names java.sql.
    noClasses()
        .that()
        .doNotHaveFullyQualifiedName("org.portreg.error.StoreException")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "java.sql..", "javax.sql..", "io.javalin..", "org.eclipse.jetty..", "picocli..")
        .check(core);
  }

  @Test
  void corePackagesHaveNoCycles() {
    slices().matching("org.portreg.(*)..").should().beFreeOfCycles().check(core);
  }

  /** Every package on its own, sub-packages included: a facade and its parts use each other not. */
  @Test
  void noPackageCyclesAtAnyDepth() {
    slices().matching("org.portreg.(**)").should().beFreeOfCycles().check(core);
  }

  @Test
  void storeExceptionUsesOnlySqlExceptionOfJdbc() {
    classes()
        .that()
        .haveFullyQualifiedName("org.portreg.error.StoreException")
        .should()
        .onlyDependOnClassesThat(
            JavaClass.Predicates.resideOutsideOfPackages("java.sql..", "javax.sql..")
                .or(JavaClass.Predicates.equivalentTo(SQLException.class)))
        .check(core);
  }
}
