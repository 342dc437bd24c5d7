package org.portreg.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portreg.io.Registries;
import org.portreg.server.spi.RegistryVersion;
import org.portreg.server.spi.VersionInfo;
import org.portreg.store.Store;
import org.portreg.store.StoredVersion;
import org.portreg.testing.SharedData;

/** Servers over the store: two instances on one PostgreSQL, and SQLite. */
class StoreSourceTest {
  private static final String POSTGRES =
      System.getProperty(
          "portreg.test.postgres", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");

  private String schema;

  @BeforeEach
  void createSchema() {
    schema = "portreg_srv_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    execute("CREATE SCHEMA " + schema);
  }

  @AfterEach
  void dropSchema() {
    execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
  }

  @Test
  void twoInstancesOnOnePostgresServeANewImportWithinSeconds() throws InterruptedException {
    String url = POSTGRES + "&currentSchema=" + schema;
    try (Store first = Store.open(url);
        Store second = Store.open(url);
        Store importer = Store.open(url)) {
      importer.importRegistry(TestRegistries.plain("2024-01-01", 3), "old.xml");
      try (TestServer a = serverOn(first);
          TestServer b = serverOn(second)) {
        assertThat(updated(a)).isEqualTo("2024-01-01");
        assertThat(updated(b)).isEqualTo("2024-01-01");
        importer.importRegistry(TestRegistries.plain("2024-02-01", 4), "new.xml");
        awaitUpdated(a, "2024-02-01");
        awaitUpdated(b, "2024-02-01");
        assertThat(b.json("/api/v1/versions", 200).get("versions")).hasSize(2);
        assertThat(a.text("/versions/2024-01-01/service-names-port-numbers.xml", 200))
            .contains("2024-01-01");
      }
    }
  }

  @Test
  void answersHistoryFromTheStore(@TempDir Path folder) {
    try (Store store = Store.open("jdbc:sqlite:" + folder.resolve("p.db"))) {
      store.importRegistry(TestRegistries.plain("2024-01-01", 3), "old.xml");
      store.importRegistry(TestRegistries.plain("2024-02-01", 4), "new.xml");
      try (TestServer server = serverOn(store)) {
        JsonNode history = server.json("/api/v1/history?name=svc4", 200);
        assertThat(history.get("changes")).hasSize(1);
        assertThat(history.get("changes").get(0).get("kind").asText()).isEqualTo("added");
        assertThat(history.get("changes").get(0).get("date").asText()).isEqualTo("2024-02-01");
      }
    }
  }

  @Test
  void hasTheCurrentVersionAtHandOnlyOnceLoadedAndWhileNoPollIsDue(@TempDir Path folder) {
    try (Store store = Store.open("jdbc:sqlite:" + folder.resolve("p.db"))) {
      store.importRegistry(TestRegistries.plain("2024-01-01", 3), "old.xml");
      StoreRegistrySource hourly = StoreRegistrySource.of(store, Duration.ofHours(1));
      assertThat(hourly.currentIfAtHand()).isEmpty();
      RegistryVersion current = hourly.current().orElseThrow();
      assertThat(hourly.currentIfAtHand()).hasValueSatisfying(v -> assertThat(v).isSameAs(current));
      StoreRegistrySource always = StoreRegistrySource.of(store, Duration.ZERO);
      always.current();
      assertThat(always.currentIfAtHand()).as("a poll is due on every request").isEmpty();
    }
  }

  /**
   * The source's diffs, walked over the rows it reads once, are the store's own for every pair of
   * the last versions of the real history, both ways; a version imported later is compared too.
   */
  @Test
  void diffsAsTheStoreDoesAndSeesANewImport(@TempDir Path folder) {
    List<Path> history = SharedData.historyFiles();
    try (Store store = Store.open("jdbc:sqlite:" + folder.resolve("p.db"))) {
      for (Path file : history.subList(history.size() - 6, history.size() - 1)) {
        store.importRegistry(Registries.read(file), file.getFileName().toString());
      }
      StoreRegistrySource source = StoreRegistrySource.of(store, Duration.ZERO);
      assertDiffsAsTheStore(source, store);
      Path last = history.get(history.size() - 1);
      store.importRegistry(Registries.read(last), last.getFileName().toString());
      assertDiffsAsTheStore(source, store);
    }
  }

  private static void assertDiffsAsTheStore(StoreRegistrySource source, Store store) {
    List<VersionInfo> infos = source.versions();
    List<StoredVersion> stored = store.versions();
    assertThat(infos).hasSameSizeAs(stored).hasSizeGreaterThan(4);
    for (int i = 0; i < infos.size(); i++) {
      for (int j = 0; j < infos.size(); j++) {
        if (i != j) {
          // versions() is newest first, the store's list oldest first
          StoredVersion a = stored.get(stored.size() - 1 - i);
          StoredVersion b = stored.get(stored.size() - 1 - j);
          assertThat(source.diff(infos.get(i), infos.get(j)))
              .as("%s -> %s", a.updated(), b.updated())
              .isEqualTo(store.diff(a, b));
        }
      }
    }
  }

  private static TestServer serverOn(Store store) {
    return new TestServer(StoreRegistrySource.of(store, Duration.ofMillis(200)));
  }

  private static String updated(TestServer server) {
    return server.json("/api/v1/registry", 200).get("version").get("updated").asText();
  }

  private static void awaitUpdated(TestServer server, String date) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
    while (!updated(server).equals(date)) {
      if (System.nanoTime() > deadline) {
        fail("still serving " + updated(server) + " a minute after importing " + date);
      }
      Thread.sleep(50);
    }
  }

  private static void execute(String sql) {
    try (Connection c = DriverManager.getConnection(POSTGRES);
        Statement statement = c.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      String message = "PostgreSQL not reachable at " + POSTGRES + ": " + e.getMessage();
      if ("1".equals(System.getenv("PORTREG_REQUIRE_SHARED"))) {
        fail(message + " (PORTREG_REQUIRE_SHARED=1)");
      }
      Assumptions.abort(message);
    }
  }
}
