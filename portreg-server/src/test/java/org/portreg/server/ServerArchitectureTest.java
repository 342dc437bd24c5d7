package org.portreg.server;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.portreg.store.Accounts;
import org.portreg.store.Acknowledged;
import org.portreg.store.ClaimedDelivery;
import org.portreg.store.CreatedWatch;
import org.portreg.store.DriftLog;
import org.portreg.store.IssuedToken;
import org.portreg.store.LocalRegistry;
import org.portreg.store.LocalVersion;
import org.portreg.store.Notifications;
import org.portreg.store.PartTable;
import org.portreg.store.RateBuckets;
import org.portreg.store.Registrar;
import org.portreg.store.Revocations;
import org.portreg.store.ServerKeys;
import org.portreg.store.Store;
import org.portreg.store.StoredVersion;
import org.portreg.store.Watch;
import org.portreg.store.WatchDelivery;
import org.portreg.store.Watches;
import org.portreg.store.WebSession;

/**
 * The server's packages: {@code spi} (what an embedder plugs in) and {@code http} at the bottom,
 * then {@code auth}, {@code registry}, {@code web} and {@code workflow}; the root package assembles
 * them. Only the store's facade is used.
 */
class ServerArchitectureTest {
  private static final String SERVER = "org.portreg.server";
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(SERVER);
  }

  @Test
  void subpackagesHaveNoCycles() {
    slices().matching(SERVER + ".(*)..").should().beFreeOfCycles().check(classes);
  }

  /** The root package included: the features use the {@code spi} types, never the assembly. */
  @Test
  void noPackageCyclesAtAnyDepth() {
    slices().matching("org.portreg.(**)").should().beFreeOfCycles().check(classes);
  }

  @Test
  void theSpiUsesNothingElseOfTheServer() {
    noClasses()
        .that()
        .resideInAPackage(SERVER + ".spi..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            SERVER,
            SERVER + ".http..",
            SERVER + ".auth..",
            SERVER + ".registry..",
            SERVER + ".web..",
            SERVER + ".workflow..")
        .check(classes);
  }

  @Test
  void httpKnowsNoFeature() {
    noClasses()
        .that()
        .resideInAPackage(SERVER + ".http..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            SERVER + ".auth..", SERVER + ".registry..", SERVER + ".web..", SERVER + ".workflow..")
        .check(classes);
  }

  @Test
  void authUsesOnlyHttp() {
    noClasses()
        .that()
        .resideInAPackage(SERVER + ".auth..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(SERVER + ".registry..", SERVER + ".web..", SERVER + ".workflow..")
        .check(classes);
  }

  @Test
  void registryUsesNoOtherFeature() {
    noClasses()
        .that()
        .resideInAPackage(SERVER + ".registry..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(SERVER + ".auth..", SERVER + ".web..", SERVER + ".workflow..")
        .check(classes);
  }

  @Test
  void webUsesNoWorkflow() {
    noClasses()
        .that()
        .resideInAPackage(SERVER + ".web..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(SERVER + ".workflow..")
        .check(classes);
  }

  @Test
  void mailUsesOnlyTheSpi() {
    noClasses()
        .that()
        .resideInAPackage(SERVER + ".mail..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            SERVER + ".http..",
            SERVER + ".auth..",
            SERVER + ".registry..",
            SERVER + ".web..",
            SERVER + ".workflow..")
        .check(classes);
  }

  @Test
  void featuresDoNotUseTheAssembly() {
    noClasses()
        .that()
        .resideInAnyPackage(
            SERVER + ".spi..",
            SERVER + ".http..",
            SERVER + ".auth..",
            SERVER + ".registry..",
            SERVER + ".web..",
            SERVER + ".workflow..",
            SERVER + ".mail..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(SERVER)
        .check(classes);
  }

  @Test
  void onlyTheStoreFacadeIsUsed() {
    noClasses()
        .should()
        .dependOnClassesThat(
            resideInAPackage("org.portreg.store..")
                .and(
                    not(
                        belongToAnyOf(
                            Store.class,
                            Accounts.class,
                            Registrar.class,
                            StoredVersion.class,
                            // The stored rows the store reads out (Store.parts) for the source's
                            // diffs: an exported type of the store's, read only.
                            PartTable.class,
                            IssuedToken.class,
                            LocalRegistry.class,
                            LocalVersion.class,
                            DriftLog.class,
                            Acknowledged.class,
                            Notifications.class,
                            ServerKeys.class,
                            RateBuckets.class,
                            WebSession.class,
                            Watches.class,
                            Revocations.class,
                            Watch.class,
                            Watch.Kind.class,
                            CreatedWatch.class,
                            WatchDelivery.class,
                            ClaimedDelivery.class))))
        .check(classes);
  }
}
