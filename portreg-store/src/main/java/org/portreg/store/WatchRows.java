package org.portreg.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.portreg.format.IsoInstant;

/** Reads watch and delivery rows. Stateless. */
final class WatchRows {
  private WatchRows() {}

  /** The watches {@code statement} selects with {@code params}. */
  static List<Watch> list(Connection c, String statement, Object... params) throws SQLException {
    List<Watch> watches = new ArrayList<>();
    try (PreparedStatement select = c.prepareStatement(statement)) {
      for (int i = 0; i < params.length; i++) {
        select.setObject(i + 1, params[i]);
      }
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          watches.add(watch(rs));
        }
      }
    }
    return watches;
  }

  private static Watch watch(ResultSet rs) throws SQLException {
    return new Watch(
        rs.getLong(1),
        rs.getString(2),
        rs.getString(3),
        Watch.Kind.parse(rs.getString(4)),
        Optional.ofNullable(rs.getString(5)),
        IsoInstant.parse(rs.getString(6)),
        rs.getInt(7),
        instant(rs.getString(8)));
  }

  /** The newest deliveries of watch {@code id}. */
  static List<WatchDelivery> deliveries(Connection c, String statement, long id)
      throws SQLException {
    List<WatchDelivery> deliveries = new ArrayList<>();
    try (PreparedStatement select = c.prepareStatement(statement)) {
      select.setLong(1, id);
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          int status = rs.getInt(8);
          OptionalInt lastStatus = rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(status);
          deliveries.add(
              new WatchDelivery(
                  rs.getLong(1),
                  rs.getString(2),
                  rs.getInt(3),
                  IsoInstant.parse(rs.getString(4)),
                  rs.getInt(5),
                  instant(rs.getString(6)),
                  instant(rs.getString(7)),
                  lastStatus,
                  Optional.ofNullable(rs.getString(9))));
        }
      }
    }
    return deliveries;
  }

  /** The deliveries {@code worker} claimed until {@code until}. */
  static List<ClaimedDelivery> claimed(Connection c, String statement, String worker, long until)
      throws SQLException {
    List<ClaimedDelivery> claimed = new ArrayList<>();
    try (PreparedStatement select = c.prepareStatement(statement)) {
      select.setString(1, worker);
      select.setLong(2, until);
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          claimed.add(
              new ClaimedDelivery(
                  rs.getLong(1),
                  rs.getLong(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5),
                  rs.getInt(6)));
        }
      }
    }
    return claimed;
  }

  private static Optional<Instant> instant(String text) {
    return Optional.ofNullable(text).map(Instant::parse);
  }
}
