package org.portreg.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.portreg.format.IsoInstant;
import org.portreg.local.Acknowledgement;
import org.portreg.local.AssignmentReader;
import org.portreg.local.AssignmentWriter;
import org.portreg.local.LocalAssignment;
import org.portreg.model.Transport;

/** The SQL of the local registry (V4 tables), for both dialects. Stateless. */
final class LocalRows {
  private static final String COLUMNS = "body, valid_from, valid_to, changed_by";

  private LocalRows() {}

  /**
   * Serializes writers of the local registry: a table lock on PostgreSQL, the write lock on SQLite.
   */
  static void lock(Connection c) throws SQLException {
    boolean postgres =
        c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
    Jdbc.update(
        c,
        postgres
            ? "LOCK TABLE local_assignment IN SHARE ROW EXCLUSIVE MODE"
            : "UPDATE local_assignment SET id = id WHERE 1 = 0");
  }

  static void insert(Connection c, LocalAssignment a, Instant at, String actor)
      throws SQLException {
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO local_assignment (name, name_key, port_low, port_high, transports, body,"
                + " valid_from, changed_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      insert.setString(1, a.name());
      insert.setString(2, a.key());
      setPort(insert, 3, a.ports().map(p -> p.first()));
      setPort(insert, 4, a.ports().map(p -> p.last()));
      insert.setString(5, transports(a));
      insert.setString(6, body(a));
      insert.setString(7, at.toString());
      insert.setString(8, actor);
      insert.executeUpdate();
    }
  }

  private static void setPort(PreparedStatement s, int i, Optional<Integer> port)
      throws SQLException {
    if (port.isPresent()) {
      s.setInt(i, port.get());
    } else {
      s.setNull(i, Types.INTEGER);
    }
  }

  private static String transports(LocalAssignment a) {
    StringBuilder text = new StringBuilder(" ");
    for (Transport t : Transport.values()) {
      if (a.transports().contains(t)) {
        text.append(t.token()).append(' ');
      }
    }
    return text.toString();
  }

  /** The JSON body of one entry: an object, as {@link AssignmentWriter} writes it. */
  static String body(LocalAssignment a) {
    String list = AssignmentWriter.json(List.of(a));
    return list.substring(1, list.length() - 1);
  }

  static LocalAssignment parse(String body) {
    return AssignmentReader.parse("[" + body + "]", "local_assignment.json").get(0);
  }

  /** Closes the current row of {@code key}; whether there was one. */
  static boolean close(Connection c, String key, Instant at) throws SQLException {
    try (PreparedStatement update =
        c.prepareStatement(
            "UPDATE local_assignment SET valid_to = ? WHERE name_key = ? AND valid_to IS NULL")) {
      update.setString(1, at.toString());
      update.setString(2, key);
      return update.executeUpdate() > 0;
    }
  }

  /** The current entries, by name. */
  static List<LocalAssignment> current(Connection c) throws SQLException {
    return select(
        c,
        "SELECT " + COLUMNS + " FROM local_assignment WHERE valid_to IS NULL ORDER BY name_key",
        null);
  }

  /** Every row of {@code key}, oldest first. */
  static List<LocalVersion> history(Connection c, String key) throws SQLException {
    try (PreparedStatement select =
        c.prepareStatement(
            "SELECT " + COLUMNS + " FROM local_assignment WHERE name_key = ? ORDER BY id")) {
      select.setString(1, key);
      return versions(select);
    }
  }

  /** Every row of every entry, current or not, oldest first. */
  static List<LocalVersion> states(Connection c) throws SQLException {
    try (PreparedStatement select =
        c.prepareStatement("SELECT " + COLUMNS + " FROM local_assignment ORDER BY id")) {
      return versions(select);
    }
  }

  private static List<LocalVersion> versions(PreparedStatement select) throws SQLException {
    List<LocalVersion> versions = new ArrayList<>();
    try (ResultSet rs = select.executeQuery()) {
      while (rs.next()) {
        String to = rs.getString(3);
        versions.add(
            new LocalVersion(
                parse(rs.getString(1)),
                IsoInstant.parse(rs.getString(2)),
                Optional.ofNullable(to).map(Instant::parse),
                rs.getString(4)));
      }
    }
    return versions;
  }

  private static List<LocalAssignment> select(Connection c, String sql, String key)
      throws SQLException {
    List<LocalAssignment> entries = new ArrayList<>();
    try (PreparedStatement select = c.prepareStatement(sql)) {
      if (key != null) {
        select.setString(1, key);
      }
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          entries.add(parse(rs.getString(1)));
        }
      }
    }
    return entries;
  }

  static void insertAcknowledgement(Connection c, Acknowledgement ack, String actor, Instant at)
      throws SQLException {
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO local_acknowledgement (name_key, finding_key, reason, actor, at)"
                + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (name_key, finding_key) DO UPDATE SET"
                + " reason = excluded.reason, actor = excluded.actor, at = excluded.at")) {
      insert.setString(1, ack.name().toLowerCase(Locale.ROOT));
      insert.setString(2, ack.findingKey());
      insert.setString(3, ack.reason());
      insert.setString(4, actor);
      insert.setString(5, at.toString());
      insert.executeUpdate();
    }
  }

  static List<Acknowledgement> acknowledgements(Connection c) throws SQLException {
    List<Acknowledgement> acks = new ArrayList<>();
    try (PreparedStatement select =
            c.prepareStatement(
                "SELECT name_key, finding_key, reason FROM local_acknowledgement ORDER BY id");
        ResultSet rs = select.executeQuery()) {
      while (rs.next()) {
        acks.add(new Acknowledgement(rs.getString(1), rs.getString(2), rs.getString(3)));
      }
    }
    return acks;
  }

  /** Every acknowledgement with who gave it and when (last given), oldest first. */
  static List<Acknowledged> acknowledgementLog(Connection c) throws SQLException {
    List<Acknowledged> acks = new ArrayList<>();
    try (PreparedStatement select =
            c.prepareStatement(
                "SELECT name_key, finding_key, reason, actor, at FROM local_acknowledgement"
                    + " ORDER BY id");
        ResultSet rs = select.executeQuery()) {
      while (rs.next()) {
        acks.add(
            new Acknowledged(
                new Acknowledgement(rs.getString(1), rs.getString(2), rs.getString(3)),
                rs.getString(4),
                IsoInstant.parse(rs.getString(5))));
      }
    }
    return acks;
  }
}
