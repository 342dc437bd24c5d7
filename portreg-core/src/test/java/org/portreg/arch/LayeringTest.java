package org.portreg.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
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
}
