package org.portreg.store;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.portreg.format.IsoInstant;
import org.portreg.format.json.RequestJson;
import org.portreg.local.LocalRequests;
import org.portreg.workflow.AssignmentRequest;
import org.portreg.workflow.RequestEvent;
import org.portreg.workflow.RequestState;
import org.portreg.workflow.RequestTarget;
import org.portreg.workflow.StoredRequest;

/**
 * Reads requests and their events from rows; a request's body is its request JSON, or for a local
 * request its local entry. Stateless.
 */
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

  /**
   * The request of the current row: columns id, body, state, applicant, submitted, updated, outcome
   * and target. A local request's body is its local entry, which also gives its summary.
   */
  private static StoredRequest request(ResultSet rs) throws SQLException {
    long id = rs.getLong(1);
    String body = rs.getString(2);
    boolean local = RequestTarget.LOCAL.word().equals(rs.getString(8));
    AssignmentRequest request =
        local
            ? LocalRequests.summary(LocalRequests.parse(body, "request #" + id))
            : RequestJson.read(body.getBytes(StandardCharsets.UTF_8), "request #" + id);
    return new StoredRequest(
        id,
        request,
        RequestState.valueOf(rs.getString(3)),
        rs.getString(4),
        IsoInstant.parse(rs.getString(5)),
        IsoInstant.parse(rs.getString(6)),
        Optional.ofNullable(rs.getString(7)),
        local ? Optional.of(body) : Optional.empty());
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
        IsoInstant.parse(rs.getString(8)));
  }
}
