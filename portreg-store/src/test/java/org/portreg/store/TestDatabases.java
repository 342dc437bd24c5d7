package org.portreg.store;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * The real databases the contract suites run on: a SQLite file in a temporary folder, and a fresh
 * schema in the PostgreSQL on 127.0.0.1:5432 (database {@code test}), dropped afterwards. When
 * PostgreSQL is not reachable its tests are skipped, or fail under {@code
 * PORTREG_REQUIRE_SHARED=1}.
 */
final class TestDatabases {
  static final String POSTGRES_BASE =
      System.getProperty(
          "portreg.test.postgres", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");

  private TestDatabases() {}

  static String sqlite(Path folder) {
    return "jdbc:sqlite:" + folder.resolve("portreg.db");
  }

  /** Creates a schema of its own and returns a URL that uses it. */
  static String createPostgresSchema() {
    String schema =
        "portreg_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    execute("CREATE SCHEMA " + schema);
    return POSTGRES_BASE + "&currentSchema=" + schema.toLowerCase(Locale.ROOT);
  }

  /** Drops the schema of a URL made by {@link #createPostgresSchema}. */
  static void dropPostgresSchema(String url) {
    String schema = url.substring(url.indexOf("currentSchema=") + "currentSchema=".length());
    execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
  }

  private static void execute(String sql) {
    try (Connection c = DriverManager.getConnection(POSTGRES_BASE);
        Statement statement = c.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      String message = "PostgreSQL not reachable at " + POSTGRES_BASE + ": " + e.getMessage();
      if ("1".equals(System.getenv("PORTREG_REQUIRE_SHARED"))) {
        fail(message + " (PORTREG_REQUIRE_SHARED=1)");
      }
      Assumptions.abort(message);
    }
  }
}
