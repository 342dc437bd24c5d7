package org.portreg.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.portreg.error.StoreException;

/** Opens a connection pool on a JDBC URL and brings its schema up to date. */
final class Database {
  private static final String APPLIED_VERSIONS =
      "SELECT version, success FROM flyway_schema_history";

  private Database() {}

  /** A migrated pool for {@code url}; creates a SQLite file's folder when missing. */
  static HikariDataSource open(String url, Dialect dialect) {
    if (dialect == Dialect.SQLITE) {
      createFolderOf(url);
    }
    HikariDataSource pool;
    try {
      pool = new HikariDataSource(config(url, dialect));
    } catch (HikariPool.PoolInitializationException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw new StoreException("cannot connect to " + redact(url) + ": " + cause.getMessage());
    }
    if (schemaIsCurrent(pool, dialect)) {
      return pool;
    }
    try {
      Flyway.configure()
          .dataSource(pool)
          .locations(dialect.migrations())
          .javaMigrations(dialect.javaMigrations())
          .loggers("slf4j")
          .load()
          .migrate();
    } catch (FlywayException e) {
      pool.close();
      throw new StoreException(
          "cannot migrate the schema of " + redact(url) + ": " + e.getMessage());
    }
    return pool;
  }

  /**
   * Whether the database already has every migration this build knows, read with one query: a cold
   * Flyway spends about half a second scanning and validating before it finds nothing to do, which
   * every command that opens the store paid. Anything unexpected (no history table yet, a failed
   * migration, a version this build does not know) answers false and Flyway decides as before.
   */
  static boolean schemaIsCurrent(HikariDataSource pool, Dialect dialect) {
    try (Connection c = pool.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(APPLIED_VERSIONS)) {
      int latest = 0;
      int applied = 0;
      while (rs.next()) {
        if (!rs.getBoolean(2)) {
          return false;
        }
        String version = rs.getString(1);
        if (version != null) {
          latest = Math.max(latest, Integer.parseInt(version));
          applied++;
        }
      }
      return latest == dialect.latestMigration() && applied == dialect.migrationCount();
    } catch (SQLException | NumberFormatException e) {
      return false;
    }
  }

  private static HikariConfig config(String url, Dialect dialect) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setMaximumPoolSize(dialect.poolSize());
    config.setMinimumIdle(1);
    config.setPoolName("portreg-store");
    // Fail at open, at once and with the database's own reason, when the first connection cannot
    // be had (a server that is down, a file that is not a database), rather than on first use
    // after the pool's 30 s wait.
    config.setInitializationFailTimeout(1);
    if (dialect == Dialect.SQLITE) {
      // Readers do not block the writer in WAL mode; a second writer waits instead of failing.
      config.addDataSourceProperty("journal_mode", "WAL");
      config.addDataSourceProperty("busy_timeout", "30000");
      config.addDataSourceProperty("foreign_keys", "true");
    } else {
      config.addDataSourceProperty("reWriteBatchedInserts", "true");
    }
    return config;
  }

  /** The file of a {@code jdbc:sqlite:PATH[?options]} URL, or null for an in-memory one. */
  static Path sqliteFile(String url) {
    String path = url.substring("jdbc:sqlite:".length());
    int options = path.indexOf('?');
    path = options >= 0 ? path.substring(0, options) : path;
    if (path.isEmpty() || path.startsWith(":memory:") || path.startsWith("file:")) {
      return null;
    }
    return Path.of(path);
  }

  private static void createFolderOf(String url) {
    Path file = sqliteFile(url);
    Path folder = file == null ? null : file.toAbsolutePath().getParent();
    if (folder != null && !Files.isDirectory(folder)) {
      try {
        Files.createDirectories(folder);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot create " + folder + ": " + e.getMessage(), e);
      }
    }
  }

  /** The URL without its query part, which may hold a password. */
  static String redact(String url) {
    int query = url.indexOf('?');
    return query >= 0 ? url.substring(0, query) : url;
  }
}
