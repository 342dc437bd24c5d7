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
import java.util.Properties;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.portreg.error.StoreException;

/** Opens connections (pooled or direct) on a JDBC URL and brings its schema up to date. */
final class Database {
  private static final String APPLIED_VERSIONS =
      "SELECT version, success FROM flyway_schema_history";

  private Database() {}

  /**
   * Migrated connections for {@code url}: a pool, or direct connections for one command; creates a
   * SQLite file's folder when missing.
   */
  static Connections open(String url, Dialect dialect, boolean pooled) {
    if (dialect == Dialect.SQLITE) {
      createFolderOf(url);
    }
    Connections connections = pooled ? pool(url, dialect) : direct(url, dialect);
    try {
      if (!schemaIsCurrent(connections, dialect)) {
        migrate(url, dialect, connections);
      }
    } catch (RuntimeException e) {
      connections.close();
      throw e;
    }
    return connections;
  }

  private static Connections pool(String url, Dialect dialect) {
    try {
      return new Connections.Pooled(new HikariDataSource(config(url, dialect)));
    } catch (HikariPool.PoolInitializationException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw new StoreException("cannot connect to " + redact(url) + ": " + cause.getMessage());
    }
  }

  private static Connections direct(String url, Dialect dialect) {
    Connections connections = new Connections.Direct(url, properties(dialect));
    try {
      connections.get().close();
      return connections;
    } catch (SQLException e) {
      throw new StoreException("cannot connect to " + redact(url) + ": " + e.getMessage());
    }
  }

  /**
   * Brings the schema up to date with Flyway, on a pool of its own for direct connections (Flyway
   * wants a data source; migrating happens once per database, so its cost does not matter).
   */
  private static void migrate(String url, Dialect dialect, Connections connections) {
    if (connections instanceof Connections.Pooled pooled) {
      migrate(url, dialect, pooled.pool());
      return;
    }
    try (Connections.Pooled pooled = (Connections.Pooled) pool(url, dialect)) {
      migrate(url, dialect, pooled.pool());
    }
  }

  private static void migrate(String url, Dialect dialect, HikariDataSource pool) {
    try {
      Flyway.configure()
          .dataSource(pool)
          .locations(dialect.migrations())
          .javaMigrations(dialect.javaMigrations())
          .loggers("slf4j")
          .load()
          .migrate();
    } catch (FlywayException e) {
      throw new StoreException(
          "cannot migrate the schema of " + redact(url) + ": " + e.getMessage());
    }
  }

  /**
   * Whether the database already has every migration this build knows, read with one query: a cold
   * Flyway spends about half a second scanning and validating before it finds nothing to do, which
   * every command that opens the store paid. Anything unexpected (no history table yet, a failed
   * migration, a version this build does not know) answers false and Flyway decides as before.
   */
  static boolean schemaIsCurrent(Connections connections, Dialect dialect) {
    try (Connection c = connections.get();
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
    config.setDataSourceProperties(properties(dialect));
    return config;
  }

  /** The driver properties of every connection, pooled or not. */
  static Properties properties(Dialect dialect) {
    Properties properties = new Properties();
    if (dialect == Dialect.SQLITE) {
      // Readers do not block the writer in WAL mode; a second writer waits instead of failing.
      properties.setProperty("journal_mode", "WAL");
      properties.setProperty("busy_timeout", "30000");
      properties.setProperty("foreign_keys", "true");
    } else {
      properties.setProperty("reWriteBatchedInserts", "true");
    }
    return properties;
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
