package org.portreg.store;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Where a store's connections come from: a pool for a long-lived process (a server), or a new
 * connection for each unit of work for one command. A command makes a handful of transactions and
 * exits: a pool's start (its housekeeping thread, the first connection filled in the background)
 * and its close cost more than the connections it would save. Both give the driver the same
 * properties ({@link Database#properties}). Thread-safe.
 */
sealed interface Connections extends AutoCloseable {
  /** The URL prefix SQLite's driver answers. */
  String SQLITE = "jdbc:sqlite:";

  /** A connection the caller closes. */
  Connection get() throws SQLException;

  /** Releases the pool, if any; a no-op for direct connections. */
  @Override
  void close();

  /** Connections from a Hikari pool. */
  record Pooled(HikariDataSource pool) implements Connections {
    @Override
    public Connection get() throws SQLException {
      return pool.getConnection();
    }

    @Override
    public void close() {
      pool.close();
    }
  }

  /**
   * A new connection from the driver for every use; nothing to release. A SQLite URL is opened by
   * SQLite's driver itself: {@link DriverManager}'s first use loads and starts every driver on the
   * class path (PostgreSQL's too, with its logging) and sets up method handles, which cost a
   * one-command process some milliseconds.
   */
  record Direct(String url, Properties properties) implements Connections {
    @Override
    public Connection get() throws SQLException {
      if (url.startsWith(SQLITE)) {
        Connection c = new org.sqlite.JDBC().connect(url, properties);
        if (c != null) {
          return c;
        }
      }
      return DriverManager.getConnection(url, properties);
    }

    @Override
    public void close() {
      // Every connection was closed by its user.
    }
  }
}
