package org.portreg.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The few JDBC shapes the store repeats. Stateless, thread-safe. */
final class Jdbc {
  private Jdbc() {}

  /** Runs an update with {@code params} bound in order (strings, numbers). */
  static void update(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        statement.setObject(i + 1, params[i]);
      }
      statement.execute();
    }
  }

  /** The single number a query returns. */
  static long queryLong(Connection c, String sql) throws SQLException {
    try (PreparedStatement statement = c.prepareStatement(sql);
        ResultSet rs = statement.executeQuery()) {
      if (!rs.next()) {
        throw new SQLException("no row from: " + sql);
      }
      return rs.getLong(1);
    }
  }

  /** The first column of every row, as numbers. */
  static List<Long> queryLongs(Connection c, String sql) throws SQLException {
    List<Long> values = new ArrayList<>();
    try (PreparedStatement statement = c.prepareStatement(sql);
        ResultSet rs = statement.executeQuery()) {
      while (rs.next()) {
        values.add(rs.getLong(1));
      }
    }
    return values;
  }
}
