package org.portreg.store.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The store is persistence only: it sits between core and the adapters (DESIGN §2). */
class StoreLayeringTest {
  static JavaClasses store;

  @BeforeAll
  static void importStore() {
    store =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.portreg.store");
  }

  @Test
  void theStoreKnowsNoAdapter() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.portreg.server..",
            "org.portreg.cli..",
            "io.javalin..",
            "org.eclipse.jetty..",
            "picocli..")
        .check(store);
  }
}
