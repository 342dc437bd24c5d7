package org.portreg.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.portreg.error.StoreException;

/** Opens a connection pool on a JDBC URL and brings its schema up to date. */
final class Database {
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
