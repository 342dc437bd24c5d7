package org.portreg.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * SQLite's version of {@code V3__versions_share_dates.sql}: several versions may share a Last
 * Updated date. SQLite cannot drop a UNIQUE constraint, so the table is rebuilt as SQLite's
 * documentation prescribes (ALTER TABLE, "other kinds of table schema changes"): with foreign keys
 * off, outside Flyway's transaction, in a transaction of its own that checks the keys before it
 * commits.
 */
final class V3__versions_share_dates extends BaseJavaMigration {
  private static final String[] REBUILD = {
    "CREATE TABLE registry_version_new ("
        + " id INTEGER PRIMARY KEY, updated TEXT NOT NULL, source TEXT NOT NULL,"
        + " imported_at TEXT NOT NULL, record_count INTEGER NOT NULL, sha256 TEXT NOT NULL,"
        + " prefix_text TEXT NOT NULL, suffix_text TEXT NOT NULL)",
    "INSERT INTO registry_version_new SELECT id, updated, source, imported_at, record_count,"
        + " sha256, prefix_text, suffix_text FROM registry_version",
    "DROP TABLE registry_version",
    "ALTER TABLE registry_version_new RENAME TO registry_version",
    "CREATE INDEX registry_version_updated ON registry_version (updated)"
  };

  @Override
  public boolean canExecuteInTransaction() {
    return false;
  }

  @Override
  public void migrate(Context context) throws SQLException {
    Connection c = context.getConnection();
    boolean autoCommit = c.getAutoCommit();
    try (Statement s = c.createStatement()) {
      s.execute("PRAGMA foreign_keys = OFF");
      c.setAutoCommit(false);
      try {
        for (String step : REBUILD) {
          s.execute(step);
        }
        checkForeignKeys(s);
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(autoCommit);
        s.execute("PRAGMA foreign_keys = ON");
      }
    }
  }

  private static void checkForeignKeys(Statement s) throws SQLException {
    try (ResultSet broken = s.executeQuery("PRAGMA foreign_key_check")) {
      if (broken.next()) {
        throw new SQLException(
            "rebuilding registry_version broke a foreign key in " + broken.getString(1));
      }
    }
  }
}
