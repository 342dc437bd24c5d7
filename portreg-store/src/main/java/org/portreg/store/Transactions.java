package org.portreg.store;

import java.sql.Connection;
import java.sql.SQLException;
import org.portreg.error.StoreException;

/**
 * Runs work in a connection of its own: a read as is, a write in one transaction that commits when
 * the work returns and rolls back when it throws. A write starts with {@code begin_write}, which on
 * SQLite takes the write lock at once, so that concurrent writers queue (busy timeout) instead of
 * failing when a read lock would be upgraded. Thread-safe.
 */
final class Transactions {
  private final Connections connections;
  private final Statements sql;
  private final String url;

  Transactions(Connections connections, Statements sql, String url) {
    this.connections = connections;
    this.sql = sql;
    this.url = url;
  }

  /** Work on a connection; may throw SQLException. */
  @FunctionalInterface
  interface Work<T> {
    T apply(Connection c) throws SQLException;
  }

  Statements sql() {
    return sql;
  }

  /** Runs {@code work} as a read; {@code what} names it in a failure ("cannot read users"). */
  <T> T read(String what, Work<T> work) {
    try (Connection c = connections.get()) {
      return work.apply(c);
    } catch (SQLException e) {
      throw new StoreException("cannot " + what + " in " + url, e);
    }
  }

  /** Runs {@code work} in one transaction; nothing of it stays when it throws. */
  <T> T write(String what, Work<T> work) {
    try (Connection c = connections.get()) {
      c.setAutoCommit(false);
      try {
        Jdbc.update(c, sql.get("begin_write"));
        T result = work.apply(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new StoreException("cannot " + what + " in " + url, e);
    }
  }
}
