package org.portreg.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.portreg.error.ConflictException;
import org.portreg.model.Transport;
import org.portreg.workflow.AssignmentRequest;
import org.portreg.workflow.PortChoice;

/**
 * What open requests hold: a service name, and a specific port on each requested transport. The
 * table's primary key decides first come, first served: an insert that finds the key taken inserts
 * nothing, and the loser learns which request holds it. Stateless.
 */
final class Claims {
  private final Statements sql;

  Claims(Statements sql) {
    this.sql = sql;
  }

  /**
   * Claims the name and port of {@code request} for request {@code id}.
   *
   * @throws ConflictException naming the request that holds a claim first
   */
  void claim(Connection c, long id, AssignmentRequest request) throws SQLException {
    String name = request.serviceName().strip().toLowerCase(Locale.ROOT);
    take(c, id, "name", name, "service name '" + request.serviceName().strip() + "'");
    if (request.port() instanceof PortChoice.Specific specific) {
      for (Transport t : request.transports()) {
        String key = specific.port() + "/" + t.token();
        take(c, id, "port", key, "port " + key);
      }
    }
  }

  private void take(Connection c, long id, String kind, String key, String what)
      throws SQLException {
    try (PreparedStatement insert = c.prepareStatement(sql.get("insert_claim"))) {
      insert.setString(1, kind);
      insert.setString(2, key);
      insert.setLong(3, id);
      if (insert.executeUpdate() == 1) {
        return;
      }
    }
    throw new ConflictException(
        what + " is already requested by request #" + holder(c, kind, key) + ", which is open");
  }

  private long holder(Connection c, String kind, String key) throws SQLException {
    try (PreparedStatement select = c.prepareStatement(sql.get("select_claim_holder"))) {
      select.setString(1, kind);
      select.setString(2, key);
      try (ResultSet rs = select.executeQuery()) {
        return rs.next() ? rs.getLong(1) : -1;
      }
    }
  }

  /** Lets go of every claim of request {@code id}. */
  void release(Connection c, long id) throws SQLException {
    try (PreparedStatement delete = c.prepareStatement(sql.get("delete_claims"))) {
      delete.setLong(1, id);
      delete.executeUpdate();
    }
  }

  /** The ports held by open requests other than {@code id}, as {@code PORT/transport} keys. */
  Set<String> portsHeldByOthers(Connection c, long id) throws SQLException {
    Set<String> keys = new HashSet<>();
    try (PreparedStatement select = c.prepareStatement(sql.get("select_port_claims"))) {
      select.setLong(1, id);
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          keys.add(rs.getString(1));
        }
      }
    }
    return keys;
  }
}
