package org.portreg.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.portreg.format.IsoInstant;
import org.portreg.model.Registry;
import org.portreg.notify.Member;
import org.portreg.notify.Message;
import org.portreg.notify.Notices;
import org.portreg.notify.RequestStep;
import org.portreg.workflow.RegistryChange;
import org.portreg.workflow.RevocationProposal;

/**
 * Writes the messages a change causes into the outbox, in the caller's transaction: they are
 * committed with the change or not at all. Which messages is decided by core {@link Notices}.
 * Thread-safe, stateless.
 */
final class Outbox {
  private final Statements sql;
  private final Clock clock;

  Outbox(Statements sql, Clock clock) {
    this.sql = sql;
    this.clock = clock;
  }

  /** Queues what {@code step} tells whom. */
  void step(Connection c, RequestStep step) throws SQLException {
    messages(c, Notices.forStep(step, members(c)));
  }

  /** Queues what a lifecycle change of {@code serviceName} tells the assignees. */
  void change(Connection c, RegistryChange change, String serviceName, String reason)
      throws SQLException {
    messages(c, Notices.forChange(change, serviceName, reason, members(c)));
  }

  /** Queues what a proposed revocation in its present state tells the service's assignees. */
  void revocation(Connection c, RevocationProposal proposal, Registry registry)
      throws SQLException {
    messages(c, Notices.forRevocation(proposal, registry, members(c)));
  }

  private List<Member> members(Connection c) throws SQLException {
    return UserRows.members(c, sql.get("select_members"));
  }

  /** Queues {@code messages} as they are. */
  void messages(Connection c, List<Message> messages) throws SQLException {
    if (messages.isEmpty()) {
      return;
    }
    Instant now = clock.instant();
    try (PreparedStatement insert = c.prepareStatement(sql.get("insert_outbox"))) {
      for (Message m : messages) {
        insert.setString(1, m.to());
        insert.setString(2, m.subject());
        insert.setString(3, m.text());
        insert.setString(4, m.html());
        insert.setString(5, IsoInstant.format(now));
        insert.setLong(6, now.toEpochMilli());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }
}
