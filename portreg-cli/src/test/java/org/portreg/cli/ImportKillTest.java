package org.portreg.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portreg.format.SourceText;
import org.portreg.store.Store;
import org.portreg.store.StoredVersion;
import org.portreg.testing.SharedData;

/**
 * {@code kill -9} of a real {@code portreg db import} child JVM at several points of an import of
 * five real history files: after each kill the store holds only whole versions (each exports to
 * exactly its file) and passes its integrity check, and running the same command again completes
 * the import (issue 14).
 */
class ImportKillTest {
  private static final List<String> DATES =
      List.of("2026-03-06", "2026-03-09", "2026-03-10", "2026-03-16", "2026-03-18");
  private static final String POSTGRES =
      System.getProperty(
          "portreg.test.postgres", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
  private static final Duration PATIENCE = Duration.ofMinutes(3);

  @TempDir Path folder;

  @Test
  void sqliteImportKilledTwiceHoldsWholeVersionsAndResumes() throws Exception {
    String url = "jdbc:sqlite:" + folder.resolve("portreg.db");
    killAndResume(url);
    assertThat(integrityCheck(url)).isEqualTo("ok");
  }

  @Test
  void postgresImportKilledTwiceHoldsWholeVersionsAndResumes() throws Exception {
    String schema =
        "portreg_kill_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    executeOnPostgres("CREATE SCHEMA " + schema);
    try {
      killAndResume(POSTGRES + "&currentSchema=" + schema.toLowerCase(Locale.ROOT));
    } finally {
      executeOnPostgres("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }
  }

  private void killAndResume(String url) throws Exception {
    for (int visible : List.of(1, 3)) {
      Process child = startImport(url, "round-" + visible);
      awaitVersions(url, visible, child);
      boolean midImport = child.isAlive();
      child.destroyForcibly();
      System.out.printf(
          Locale.ROOT, "kill -9 after %d versions (mid-import: %s)%n", visible, midImport);
      assertThat(child.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
      assertOnlyWholeVersions(url);
    }
    Process rerun = startImport(url, "rerun");
    assertThat(rerun.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)).as("rerun ends").isTrue();
    String report = Files.readString(folder.resolve("rerun.out"));
    assertThat(rerun.exitValue()).as(report).isZero();
    assertThat(report).contains("2026-03-06 already stored");
    assertThat(assertOnlyWholeVersions(url)).isEqualTo(DATES.size());
  }

  private Process startImport(String url, String name) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Main.class.getName());
    command.addAll(List.of("db", "import", "--db", url));
    DATES.forEach(date -> command.add(SharedData.history(date).toString()));
    return new ProcessBuilder(command)
        .redirectOutput(folder.resolve(name + ".out").toFile())
        .redirectError(folder.resolve(name + ".err").toFile())
        .start();
  }

  /** Waits until {@code count} versions are visible, or the child has ended on its own. */
  private static void awaitVersions(String url, int count, Process child) throws Exception {
    Instant deadline = Instant.now().plus(PATIENCE);
    while (child.isAlive() && versionCount(url) < count) {
      if (Instant.now().isAfter(deadline)) {
        fail("no " + count + " versions within " + PATIENCE);
      }
      // Polling interval of a condition wait, not a timing assumption.
      Thread.sleep(20);
    }
  }

  private static int versionCount(String url) {
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM registry_version")) {
      return rs.next() ? rs.getInt(1) : 0;
    } catch (SQLException notYet) {
      // The schema is not created yet, or SQLite is busy with the child's commit.
      return 0;
    }
  }

  /** Every stored version is one of the files, in order, and exports to exactly its text. */
  private static int assertOnlyWholeVersions(String url) throws IOException {
    try (Store store = Store.open(url)) {
      List<StoredVersion> versions = store.versions();
      assertThat(versions.size()).isLessThanOrEqualTo(DATES.size());
      for (int i = 0; i < versions.size(); i++) {
        LocalDate date = LocalDate.parse(DATES.get(i));
        assertThat(versions.get(i).updated()).isEqualTo(date);
        Path file = SharedData.history(DATES.get(i));
        String text = SourceText.textOf(Files.readAllBytes(file), file.toString());
        assertThat(store.exportXml(date)).as("export of " + date).hasValue(text);
      }
      return versions.size();
    }
  }

  private static String integrityCheck(String url) throws SQLException {
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
      assertThat(rs.next()).isTrue();
      return rs.getString(1);
    }
  }

  private static void executeOnPostgres(String sql) {
    try (Connection c = DriverManager.getConnection(POSTGRES);
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      String message = "PostgreSQL not reachable at " + POSTGRES + ": " + e.getMessage();
      if ("1".equals(System.getenv("PORTREG_REQUIRE_SHARED"))) {
        fail(message + " (PORTREG_REQUIRE_SHARED=1)");
      }
      Assumptions.abort(message);
    }
  }
}
