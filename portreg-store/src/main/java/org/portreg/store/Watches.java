package org.portreg.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.portreg.error.InvalidInputException;
import org.portreg.error.NotFoundException;
import org.portreg.format.IsoInstant;
import org.portreg.notify.WatchPayload;
import org.portreg.search.SearchQuery;
import org.portreg.workflow.Role;
import org.portreg.workflow.User;

/**
 * Saved watches and their webhook deliveries (docs/notifications.md). A user saves, lists and
 * removes their own watches; a new registry version queues each watch's matching changes in its own
 * transaction ({@link WatchQueue}); a sender claims due webhook deliveries for a lease like the
 * outbox ({@code FOR UPDATE SKIP LOCKED} on PostgreSQL), sends each and records the answer. A watch
 * whose deliveries fail {@link #MAX_FAILURES} times in a row is disabled and its owner told by
 * e-mail. Thread-safe.
 */
public final class Watches {
  /** Failed webhook deliveries in a row after which a watch is disabled. */
  public static final int MAX_FAILURES = 8;

  /** The longest query a watch takes, in characters. */
  public static final int MAX_QUERY = 1000;

  /** The longest webhook URL, in characters. */
  public static final int MAX_URL = 2000;

  private final Transactions db;
  private final Outbox outbox;
  private final Clock clock;

  Watches(Transactions db, Outbox outbox, Clock clock) {
    this.db = db;
    this.outbox = outbox;
    this.clock = clock;
  }

  /**
   * Saves a watch of {@code owner} on {@code query}: by e-mail to the owner when {@code webhook} is
   * empty, else to that http or https URL with a new signing secret.
   *
   * @throws InvalidInputException for a malformed query or URL
   */
  public CreatedWatch add(User owner, String query, Optional<String> webhook) {
    String q = checkQuery(query);
    Optional<String> url = webhook.map(Watches::checkUrl);
    Optional<String> secret = url.map(u -> Secrets.random());
    Watch.Kind kind = url.isPresent() ? Watch.Kind.WEBHOOK : Watch.Kind.EMAIL;
    Instant now = clock.instant();
    long id =
        db.write(
            "save a watch of " + owner.username(),
            c -> {
              try (PreparedStatement insert = c.prepareStatement(db.sql().get("insert_watch"))) {
                insert.setString(1, owner.username());
                insert.setString(2, q);
                insert.setString(3, kind.word());
                insert.setString(4, url.orElse(null));
                insert.setString(5, secret.orElse(null));
                insert.setString(6, IsoInstant.format(now));
                try (ResultSet rs = insert.executeQuery()) {
                  rs.next();
                  return rs.getLong(1);
                }
              }
            });
    Watch watch = new Watch(id, owner.username(), q, kind, url, now, 0, Optional.empty());
    return new CreatedWatch(watch, secret);
  }

  private static String checkQuery(String query) {
    String q = query.strip();
    if (q.isEmpty() || q.length() > MAX_QUERY) {
      throw new InvalidInputException(
          "query: a watch needs a search query of 1 to " + MAX_QUERY + " characters");
    }
    SearchQuery.parse(q);
    return q;
  }

  /** An absolute http or https URL with a host and no user information, or an error naming it. */
  static String checkUrl(String text) {
    String url = text.strip();
    try {
      URI uri = new URI(url);
      String scheme = Optional.ofNullable(uri.getScheme()).orElse("").toLowerCase(Locale.ROOT);
      if (url.length() > MAX_URL
          || !(scheme.equals("http") || scheme.equals("https"))
          || uri.getHost() == null
          || uri.getRawUserInfo() != null) {
        throw new InvalidInputException(
            "webhook: must be an http or https URL with a host (no user name), at most "
                + MAX_URL
                + " characters, was '"
                + url
                + "'");
      }
      return url;
    } catch (URISyntaxException e) {
      throw new InvalidInputException("webhook: not a URL: " + e.getMessage(), e);
    }
  }

  /** The watches of {@code username}, oldest first. */
  public List<Watch> of(String username) {
    return db.read(
        "read the watches of " + username,
        c -> WatchRows.list(c, db.sql().get("select_watches_of"), username));
  }

  /**
   * Watch {@code id} as {@code viewer} may see it: their own, or any for an administrator.
   *
   * @throws NotFoundException when there is no such watch or it is someone else's
   */
  public Watch get(long id, User viewer) {
    return db.read("read watch " + id, c -> visible(c, id, viewer));
  }

  private Watch visible(Connection c, long id, User viewer) throws SQLException {
    return WatchRows.list(c, db.sql().get("select_watch"), id).stream()
        .filter(w -> w.owner().equals(viewer.username()) || viewer.roles().contains(Role.ADMIN))
        .findFirst()
        .orElseThrow(() -> new NotFoundException("no watch #" + id + " of " + viewer.username()));
  }

  /**
   * Removes watch {@code id} of {@code viewer} (an administrator may remove any) with its
   * deliveries.
   *
   * @throws NotFoundException when there is no such watch or it is someone else's
   */
  public void remove(long id, User viewer) {
    db.write(
        "remove watch " + id,
        c -> {
          visible(c, id, viewer);
          Jdbc.update(c, db.sql().get("delete_watch"), id);
          return null;
        });
  }

  /** The newest 50 webhook deliveries of watch {@code id}, newest first. */
  public List<WatchDelivery> deliveries(long id) {
    return db.read(
        "read the deliveries of watch " + id,
        c -> WatchRows.deliveries(c, db.sql().get("select_watch_deliveries"), id));
  }

  /**
   * Claims up to {@code max} due webhook deliveries of active watches that no live claim holds, for
   * {@code worker} and {@code lease}; oldest first.
   */
  public List<ClaimedDelivery> claim(String worker, int max, Duration lease) {
    long now = clock.millis();
    long until = now + lease.toMillis();
    return db.write(
        "claim webhook deliveries",
        c -> {
          Jdbc.update(c, db.sql().get("claim_watch_deliveries"), worker, until, now, now, max);
          return WatchRows.claimed(c, db.sql().get("select_claimed_deliveries"), worker, until);
        });
  }

  /** Records that the receiver accepted delivery {@code id} with {@code status}. */
  public void delivered(ClaimedDelivery delivery, String worker, int status) {
    db.write(
        "mark delivery " + delivery.id() + " delivered",
        c -> {
          Jdbc.update(
              c,
              db.sql().get("mark_delivery_delivered"),
              IsoInstant.format(clock.instant()),
              status,
              delivery.id(),
              worker);
          Jdbc.update(c, db.sql().get("reset_watch_failures"), delivery.watchId());
          return null;
        });
  }

  /**
   * Records a failed attempt of {@code delivery}: due again after {@code delay}; the watch's {@link
   * #MAX_FAILURES}th failure in a row disables it, gives up its pending deliveries and queues a
   * notice to its owner, in one transaction.
   *
   * @param status the HTTP status received, or null when none was
   * @return whether the watch was disabled
   */
  public boolean failed(
      ClaimedDelivery delivery, String worker, Integer status, String error, Duration delay) {
    return db.write(
        "mark delivery " + delivery.id() + " failed",
        c -> {
          Jdbc.update(
              c,
              db.sql().get("mark_delivery_retry"),
              clock.millis() + delay.toMillis(),
              status,
              String.valueOf(error),
              delivery.id(),
              worker);
          Jdbc.update(c, db.sql().get("add_watch_failure"), delivery.watchId());
          return disableWhenFailing(c, delivery.watchId());
        });
  }

  private boolean disableWhenFailing(Connection c, long watchId) throws SQLException {
    Watch watch = WatchRows.list(c, db.sql().get("select_watch"), watchId).get(0);
    if (!watch.active() || watch.failures() < MAX_FAILURES) {
      return false;
    }
    String now = IsoInstant.format(clock.instant());
    Jdbc.update(c, db.sql().get("disable_watch"), now, watchId);
    Jdbc.update(c, db.sql().get("fail_pending_deliveries"), now, watchId);
    Optional<User> owner = UserRows.one(c, db.sql().get("select_user_by_name"), watch.owner());
    if (owner.isPresent() && owner.get().active()) {
      outbox.messages(
          c,
          List.of(
              WatchPayload.disabled(
                  owner.get().email(),
                  watchId,
                  watch.query(),
                  watch.failures(),
                  watch.url().orElse(""))));
    }
    return true;
  }
}
