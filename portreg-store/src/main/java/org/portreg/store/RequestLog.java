package org.portreg.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.portreg.format.IsoInstant;
import org.portreg.workflow.AssignmentRequest;
import org.portreg.workflow.AuditEntry;
import org.portreg.workflow.RequestAction;
import org.portreg.workflow.RequestEvent;
import org.portreg.workflow.RequestState;
import org.portreg.workflow.RequestTarget;
import org.portreg.workflow.Role;
import org.portreg.workflow.User;

/**
 * Writes what happens to requests: the request row, its state changes, and for each step one event
 * (public) and one audit entry (private, with before and after). Stateless.
 */
final class RequestLog {
  private final Statements sql;
  private final AuditLog audit;

  RequestLog(Statements sql, AuditLog audit) {
    this.sql = sql;
    this.audit = audit;
  }

  /**
   * Inserts a new request for {@code target} in {@code state}: {@code request} (for a local request
   * its summary) and {@code body}, the request JSON or the local entry; returns its number.
   */
  long insert(
      Connection c,
      RequestTarget target,
      AssignmentRequest request,
      String body,
      User applicant,
      RequestState state,
      Instant now)
      throws SQLException {
    try (PreparedStatement insert = c.prepareStatement(sql.get("insert_request"))) {
      insert.setString(1, request.serviceName().strip());
      insert.setString(2, UserRows.transportsText(request.transports()));
      insert.setString(3, body);
      insert.setString(4, state.name());
      insert.setLong(5, applicant.id());
      insert.setString(6, IsoInstant.format(now));
      insert.setString(7, IsoInstant.format(now));
      insert.setString(8, target.word());
      try (var rs = insert.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /**
   * Moves request {@code id} from {@code from} to {@code to}.
   *
   * @throws org.portreg.error.ConflictException when the request is no longer in {@code from}
   */
  void move(
      Connection c,
      long id,
      RequestState from,
      RequestState to,
      Optional<String> outcome,
      Instant now)
      throws SQLException {
    try (PreparedStatement update = c.prepareStatement(sql.get("update_request_state"))) {
      update.setString(1, to.name());
      update.setString(2, IsoInstant.format(now));
      update.setString(3, outcome.orElse(null));
      update.setLong(4, id);
      update.setString(5, from.name());
      if (update.executeUpdate() != 1) {
        throw new org.portreg.error.ConflictException(
            "request #" + id + " is no longer " + from + "; reload it and try again");
      }
    }
  }

  /**
   * Records one step: its public event and its audit entry. {@code auditAfter} replaces the audit's
   * after-state JSON (the state alone) when present.
   */
  void step(Connection c, RequestEvent step, Optional<String> auditAfter) throws SQLException {
    try (PreparedStatement insert = c.prepareStatement(sql.get("insert_event"))) {
      insert.setLong(1, step.requestId());
      insert.setString(2, step.action());
      insert.setString(3, step.actor());
      insert.setString(4, step.role());
      insert.setString(5, step.from().map(Enum::name).orElse(null));
      insert.setString(6, step.to().name());
      insert.setString(7, step.reason());
      insert.setString(8, IsoInstant.format(step.at()));
      insert.executeUpdate();
    }
    String before = step.from().map(s -> AuditLog.json(Map.of("state", s.name()))).orElse("null");
    String after = auditAfter.orElse(AuditLog.json(Map.of("state", step.to().name())));
    audit.append(
        c,
        new AuditEntry(
            0,
            step.at(),
            step.actor(),
            step.action(),
            "request/" + step.requestId(),
            step.reason(),
            before,
            after));
  }

  /**
   * Records a submission: {@code SUBMIT} by the applicant (its audit entry holds {@code body}) and
   * the automatic {@code CHECK} by {@link Registrar#SYSTEM_ACTOR}, which says {@code checked}.
   */
  void submitted(Connection c, long id, String body, User applicant, Instant now, String checked)
      throws SQLException {
    step(
        c,
        new RequestEvent(
            id,
            "SUBMIT",
            applicant.username(),
            Role.APPLICANT.name(),
            Optional.empty(),
            RequestState.SUBMITTED,
            "submitted",
            now),
        Optional.of(body));
    step(
        c,
        new RequestEvent(
            id,
            RequestAction.CHECK.name(),
            Registrar.SYSTEM_ACTOR,
            Role.ADMIN.name(),
            Optional.of(RequestState.SUBMITTED),
            RequestState.CHECKED,
            checked,
            now),
        Optional.empty());
  }
}
