package org.portreg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database made by the first schema version keeps its registry through the later migrations,
 * among them the rebuild of {@code registry_version} that SQLite needs to drop a UNIQUE constraint.
 */
class SqliteMigrationTest {
  @TempDir Path folder;

  @Test
  void rebuildsTheVersionTableKeepingVersionsAndParts() throws SQLException {
    String url = TestDatabases.sqlite(folder);
    String xml = Fixtures.xml("2026-01-01", "Ann", StoreContractTest.ALPHA);
    try (Store store = Store.open(url, StoreContractTest.CLOCK, SortKeys.DEFAULT_GAP)) {
      store.importRegistry(Fixtures.parse(xml), "a.xml");
    }
    // Back to schema version 1 by hand, with the data kept: what an older portreg left behind.
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      s.executeUpdate("DELETE FROM flyway_schema_history WHERE version <> '1'");
      s.executeUpdate("DROP INDEX registry_part_order");
      s.executeUpdate("CREATE INDEX registry_part_sort ON registry_part (sort_key)");
      for (String table :
          new String[] {
            "revocation_comment",
            "revocation",
            "watch_delivery",
            "watch",
            "server_key",
            "rate_bucket",
            "outbox",
            "local_acknowledgement",
            "local_assignment",
            "request_claim",
            "request_event",
            "audit_log",
            "web_session",
            "api_token",
            "assignment_request",
            "app_user"
          }) {
        s.executeUpdate("DROP TABLE " + table);
      }
      s.executeUpdate("CREATE UNIQUE INDEX old_unique_updated ON registry_version (updated)");
    }

    try (Store store = Store.open(url, StoreContractTest.CLOCK, SortKeys.DEFAULT_GAP)) {
      assertThat(store.exportXml(LocalDate.of(2026, 1, 1))).contains(xml);
    }

    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      s.execute("PRAGMA foreign_keys = ON");
      try (ResultSet broken = s.executeQuery("PRAGMA foreign_key_check")) {
        assertThat(broken.next()).isFalse();
      }
      try (ResultSet rs =
          s.executeQuery("SELECT MAX(CAST(version AS INTEGER)) FROM flyway_schema_history")) {
        rs.next();
        assertThat(rs.getInt(1)).isEqualTo(Dialect.SQLITE.latestMigration());
      }
      s.executeUpdate(
          "INSERT INTO registry_version SELECT 99, updated, 'same day', imported_at,"
              + " record_count, sha256, prefix_text, suffix_text FROM registry_version WHERE id = 1");
    }
  }
}
