package org.portreg.store;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.portreg.format.json.RequestJson;
import org.portreg.workflow.RequestEvent;
import org.portreg.workflow.RequestState;
import org.portreg.workflow.StoredRequest;

/** Reads requests and their events from rows; a request's body is its request JSON. Stateless. */
final class RequestRows {
  private RequestRows() {}

  static Optional<StoredRequest> one(Connection c, String statement, long id) throws SQLException {
    try (PreparedStatement select = c.prepareStatement(statement)) {
      select.setLong(1, id);
      try (ResultSet rs = select.executeQuery()) {
        return rs.next() ? Optional.of(request(rs)) : Optional.empty();
      }
    }
  }

  static List<StoredRequest> all(Connection c, String statement, Object... parameters)
      throws SQLException {
    List<StoredRequest> requests = new ArrayList<>();
    try (PreparedStatement select = c.prepareStatement(statement)) {
      for (int i = 0; i < parameters.length; i++) {
        select.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          requests.add(request(rs));
        }
      }
    }
    return requests;
  }

  private static StoredRequest request(ResultSet rs) throws SQLException {
    long id = rs.getLong(1);
    byte[] body = rs.getString(2).getBytes(StandardCharsets.UTF_8);
    return new StoredRequest(
        id,
        RequestJson.read(body, "request #" + id),
        RequestState.valueOf(rs.getString(3)),
        rs.getString(4),
        Instant.parse(rs.getString(5)),
        Instant.parse(rs.getString(6)),
        Optional.ofNullable(rs.getString(7)));
  }

  static List<RequestEvent> events(Connection c, String statement, long id) throws SQLException {
    List<RequestEvent> events = new ArrayList<>();
    try (PreparedStatement select = c.prepareStatement(statement)) {
      select.setLong(1, id);
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          events.add(event(rs));
        }
      }
    }
    return events;
  }

  private static RequestEvent event(ResultSet rs) throws SQLException {
    String from = rs.getString(5);
    return new RequestEvent(
        rs.getLong(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        Optional.ofNullable(from).map(RequestState::valueOf),
        RequestState.valueOf(rs.getString(6)),
        rs.getString(7),
        Instant.parse(rs.getString(8)));
  }
}
