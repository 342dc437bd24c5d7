package org.portreg.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.portreg.format.IsoDate;
import org.portreg.format.IsoInstant;

/** Reads the version table. Stateless, thread-safe. */
final class Versions {
  private Versions() {}

  /** Every stored version, oldest first. */
  static List<StoredVersion> all(Connection c, Statements sql) throws SQLException {
    List<StoredVersion> versions = new ArrayList<>();
    try (PreparedStatement select = c.prepareStatement(sql.get("select_versions"));
        ResultSet rs = select.executeQuery()) {
      while (rs.next()) {
        versions.add(
            new StoredVersion(
                rs.getInt(1),
                IsoDate.parse(rs.getString(2)),
                rs.getString(3),
                IsoInstant.parse(rs.getString(4)),
                rs.getInt(5),
                rs.getString(6)));
      }
    }
    return versions;
  }

  /** The newest stored version. */
  static Optional<StoredVersion> newest(Connection c, Statements sql) throws SQLException {
    List<StoredVersion> versions = all(c, sql);
    return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
  }

  /** The id of the newest version dated {@code date} or earlier. */
  static OptionalInt asOf(Connection c, Statements sql, LocalDate date) throws SQLException {
    try (PreparedStatement select = c.prepareStatement(sql.get("select_version_as_of"))) {
      select.setString(1, date.toString());
      try (ResultSet rs = select.executeQuery()) {
        return rs.next() ? OptionalInt.of(rs.getInt(1)) : OptionalInt.empty();
      }
    }
  }
}
