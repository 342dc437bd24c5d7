package org.portreg.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.portreg.diff.Diff;
import org.portreg.format.IsoInstant;
import org.portreg.model.Registry;
import org.portreg.notify.Message;
import org.portreg.notify.WatchChanges;
import org.portreg.notify.WatchPayload;
import org.portreg.search.SearchQuery;
import org.portreg.workflow.User;

/**
 * Queues what a new registry version tells each active watch, in the transaction that stores the
 * version: an e-mail into the outbox, a webhook delivery into {@code watch_delivery}. Committed
 * with the version or not at all. Thread-safe, stateless.
 */
final class WatchQueue {
  private final Statements sql;
  private final Outbox outbox;
  private final Clock clock;

  WatchQueue(Statements sql, Outbox outbox, Clock clock) {
    this.sql = sql;
    this.outbox = outbox;
    this.clock = clock;
  }

  /** The older registry, read only when some watch is active. */
  @FunctionalInterface
  interface Older {
    Registry read() throws SQLException;
  }

  /** Queues the changes from {@code older} to {@code newer} each active watch matches. */
  void versionStored(Connection c, Older older, Registry newer) throws SQLException {
    List<Watch> watches = WatchRows.list(c, sql.get("select_active_watches"));
    if (watches.isEmpty()) {
      return;
    }
    WatchChanges changes = new WatchChanges(older.read(), newer);
    for (Watch watch : watches) {
      Diff diff = changes.matching(SearchQuery.parse(watch.query()));
      if (!diff.records().isEmpty()) {
        queue(c, watch, diff);
      }
    }
  }

  private void queue(Connection c, Watch watch, Diff diff) throws SQLException {
    if (watch.kind() == Watch.Kind.EMAIL) {
      Optional<User> owner = UserRows.one(c, sql.get("select_user_by_name"), watch.owner());
      if (owner.isPresent() && owner.get().active()) {
        Message mail = WatchPayload.mail(owner.get().email(), watch.id(), watch.query(), diff);
        outbox.messages(c, List.of(mail));
      }
      return;
    }
    Instant now = clock.instant();
    try (PreparedStatement insert = c.prepareStatement(sql.get("insert_watch_delivery"))) {
      insert.setLong(1, watch.id());
      insert.setString(2, diff.newerUpdated().toString());
      insert.setInt(3, diff.records().size());
      insert.setString(4, WatchPayload.json(watch.id(), watch.query(), diff));
      insert.setString(5, IsoInstant.format(now));
      insert.setLong(6, now.toEpochMilli());
      insert.executeUpdate();
    }
  }
}
