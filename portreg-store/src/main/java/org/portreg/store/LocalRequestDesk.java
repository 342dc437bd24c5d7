package org.portreg.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.portreg.error.ConflictException;
import org.portreg.local.LocalAssignment;
import org.portreg.local.LocalRequests;
import org.portreg.notify.RequestStep;
import org.portreg.workflow.RequestAction;
import org.portreg.workflow.RequestState;
import org.portreg.workflow.RequestTarget;
import org.portreg.workflow.StoredRequest;
import org.portreg.workflow.User;

/**
 * Local requests inside the caller's write transaction (docs/local.md, "Through the review
 * workflow"). First come, first served is decided under the local registry's write lock, the one
 * {@code local add} takes: a submission is refused when a current local assignment or an open local
 * request has its name or one of its ports; an assignment adds the entry as {@code local add} does
 * (history, audit entry {@code LOCAL_ADD}), refused when an entry added meanwhile collides.
 * Stateless.
 */
final class LocalRequestDesk {
  private final Statements sql;
  private final RequestLog log;
  private final LocalRegistry local;
  private final Outbox outbox;
  private final Clock clock;

  LocalRequestDesk(
      Statements sql, RequestLog log, LocalRegistry local, Outbox outbox, Clock clock) {
    this.sql = sql;
    this.log = log;
    this.local = local;
    this.outbox = outbox;
    this.clock = clock;
  }

  /**
   * Stores a local request for {@code entry}, checked at once (SUBMITTED → CHECKED), and queues the
   * notices of the check.
   *
   * @throws ConflictException naming the local assignment or the open request that holds the name
   *     or a port
   */
  StoredRequest submit(Connection c, LocalAssignment entry, User applicant) throws SQLException {
    LocalRows.lock(c);
    LocalRegistry.requireFree(LocalRows.current(c), entry);
    requireNotRequested(c, entry);
    Instant now = clock.instant();
    String body = LocalRequests.json(entry);
    long id =
        log.insert(
            c,
            RequestTarget.LOCAL,
            LocalRequests.summary(entry),
            body,
            applicant,
            RequestState.CHECKED,
            now);
    log.submitted(
        c,
        id,
        body,
        applicant,
        now,
        "local entry complete; its name and ports are free among the local assignments and the"
            + " open local requests");
    StoredRequest stored = RequestRows.one(c, sql.get("select_request"), id).orElseThrow();
    outbox.step(
        c,
        new RequestStep(
            stored, RequestAction.CHECK, RequestState.CHECKED, "checked", Optional.empty()));
    return stored;
  }

  /** Refuses {@code entry} when an open local request asks for its name or one of its ports. */
  private void requireNotRequested(Connection c, LocalAssignment entry) throws SQLException {
    try (PreparedStatement select = c.prepareStatement(sql.get("select_open_local_requests"));
        ResultSet rs = select.executeQuery()) {
      while (rs.next()) {
        long id = rs.getLong(1);
        LocalAssignment asked = LocalRequests.parse(rs.getString(2), "request #" + id);
        if (asked.key().equals(entry.key())) {
          throw new ConflictException(
              "local name '"
                  + entry.name()
                  + "' is already requested by request #"
                  + id
                  + ", which is open");
        }
        if (asked.overlaps(entry)) {
          throw new ConflictException(
              "local ports "
                  + entry.portsText()
                  + " overlap "
                  + asked.name()
                  + " "
                  + asked.portsText()
                  + ", already requested by request #"
                  + id
                  + ", which is open");
        }
      }
    }
  }

  /**
   * Assigns the local request {@code stored}: adds its entry to the local registry as {@code admin}
   * and returns the outcome, such as {@code LOCAL_ADD 'orders' 31000/tcp, owner shop, since
   * 2026-12-03}.
   *
   * @throws ConflictException when a current local assignment has the name or a port
   */
  String assign(Connection c, StoredRequest stored, User admin, String reason) throws SQLException {
    LocalAssignment entry = LocalRequests.entry(stored).orElseThrow();
    LocalAssignment added =
        local.insert(
            c, entry, admin.username(), "request #" + stored.id() + " assigned: " + reason);
    return "LOCAL_ADD '"
        + added.name()
        + "' "
        + added.portsText()
        + ", owner "
        + added.owner()
        + added.since().map(d -> ", since " + d).orElse("");
  }
}
