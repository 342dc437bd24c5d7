package org.portreg.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.portreg.error.NotFoundException;
import org.portreg.format.IsoInstant;
import org.portreg.notify.Message;
import org.portreg.notify.NotifyPreference;
import org.portreg.notify.OutgoingMessage;
import org.portreg.workflow.AuditEntry;

/**
 * The outbox as a sender sees it, and each user's notification preference (docs/notifications.md).
 * The workflow writes messages in the transaction of the change that causes them; a sender claims a
 * batch for a lease, sends each, and marks it sent or to be retried. A claim takes only rows no
 * live claim holds: on PostgreSQL with {@code FOR UPDATE SKIP LOCKED}, so that several servers on
 * one database never claim a row twice; on SQLite under the one write lock. A sender that dies
 * holding a claim leaves its rows to whoever claims after the lease. Thread-safe.
 */
public final class Notifications {
  private final Transactions db;
  private final AuditLog audit;
  private final Clock clock;

  Notifications(Transactions db, AuditLog audit, Clock clock) {
    this.db = db;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * What {@code username} wants to hear.
   *
   * @throws NotFoundException for an unknown username
   */
  public NotifyPreference preference(String username) {
    String key = username.strip().toLowerCase(Locale.ROOT);
    return db.read(
        "read the notification preference of " + key, c -> NotifyPreference.parse(text(c, key)));
  }

  /**
   * Sets what {@code username} wants to hear, with an audit entry by {@code actor}.
   *
   * @throws NotFoundException for an unknown username
   */
  public void setPreference(String username, NotifyPreference preference, String actor) {
    String key = username.strip().toLowerCase(Locale.ROOT);
    db.write(
        "set the notification preference of " + key,
        c -> {
          String before = text(c, key);
          try (PreparedStatement update = c.prepareStatement(db.sql().get("update_notify"))) {
            update.setString(1, preference.word());
            update.setString(2, key);
            update.executeUpdate();
          }
          audit.append(
              c,
              new AuditEntry(
                  0,
                  clock.instant(),
                  actor,
                  "USER_NOTIFY",
                  "user/" + key,
                  "changed",
                  AuditLog.json(Map.of("notify", before)),
                  AuditLog.json(Map.of("notify", preference.word()))));
          return null;
        });
  }

  private String text(Connection c, String key) throws SQLException {
    try (PreparedStatement select = c.prepareStatement(db.sql().get("select_notify"))) {
      select.setString(1, key);
      try (ResultSet rs = select.executeQuery()) {
        if (!rs.next()) {
          throw new NotFoundException("no user '" + key + "'");
        }
        return rs.getString(1);
      }
    }
  }

  /**
   * Claims up to {@code max} messages that are due and unclaimed (or whose claim's lease ran out)
   * for {@code worker}, for {@code lease}; oldest first.
   *
   * @param worker a name unique to the sender, such as a random UUID
   */
  public List<OutgoingMessage> claim(String worker, int max, Duration lease) {
    long now = clock.millis();
    long until = now + lease.toMillis();
    return db.write(
        "claim messages from the outbox",
        c -> {
          try (PreparedStatement claim = c.prepareStatement(db.sql().get("claim_outbox"))) {
            claim.setString(1, worker);
            claim.setLong(2, until);
            claim.setLong(3, now);
            claim.setLong(4, now);
            claim.setInt(5, max);
            claim.executeUpdate();
          }
          return claimed(c, worker, until);
        });
  }

  private List<OutgoingMessage> claimed(Connection c, String worker, long until)
      throws SQLException {
    List<OutgoingMessage> messages = new ArrayList<>();
    try (PreparedStatement select = c.prepareStatement(db.sql().get("select_claimed"))) {
      select.setString(1, worker);
      select.setLong(2, until);
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          Message m =
              new Message(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5));
          messages.add(new OutgoingMessage(rs.getLong(1), m, rs.getInt(6)));
        }
      }
    }
    return messages;
  }

  /** Marks a message {@code worker} claimed as sent: it is never claimed again. */
  public void markSent(long id, String worker) {
    mark("mark_sent", id, worker, IsoInstant.format(clock.instant()), null);
  }

  /** Releases a message {@code worker} failed to send, due again after {@code delay}. */
  public void retryLater(long id, String worker, String error, Duration delay) {
    mark("mark_retry", id, worker, clock.millis() + delay.toMillis(), String.valueOf(error));
  }

  /** Gives up on a message {@code worker} failed to send too often; it stays, marked failed. */
  public void giveUp(long id, String worker, String error) {
    mark("mark_failed", id, worker, IsoInstant.format(clock.instant()), String.valueOf(error));
  }

  private void mark(String statement, long id, String worker, Object first, String error) {
    db.write(
        "update outbox message " + id,
        c -> {
          try (PreparedStatement update = c.prepareStatement(db.sql().get(statement))) {
            int i = 1;
            update.setObject(i++, first);
            if (error != null) {
              update.setString(i++, error);
            }
            update.setLong(i++, id);
            update.setString(i, worker);
            return update.executeUpdate();
          }
        });
  }

  /** How many messages wait to be sent (neither sent nor given up). */
  public long unsent() {
    return db.read("count unsent messages", c -> Jdbc.queryLong(c, db.sql().get("count_unsent")));
  }

  /** How many messages were sent. */
  public long sent() {
    return db.read("count sent messages", c -> Jdbc.queryLong(c, db.sql().get("count_sent")));
  }
}
