package org.portreg.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Token buckets kept in the store, so that every server instance on the database draws on the same
 * allowance: a client limited on one instance is limited on all. One bucket per limiter and key;
 * the key is kept only as its SHA-256. Each take is one short write transaction (on PostgreSQL the
 * bucket's row is locked, so concurrent takes queue; on SQLite the write lock does that). Rows
 * whose bucket is full again mean the same as no row and are pruned as takes go by, so the table
 * holds only the keys active within a refill period. Thread-safe.
 */
public final class RateBuckets {
  /** A prune every this many takes of one instance. */
  private static final int PRUNE_EVERY = 256;

  private static final double MILLIS_PER_MINUTE = 60_000.0;

  private final Transactions db;
  private final Clock clock;
  private final AtomicLong takes = new AtomicLong();

  RateBuckets(Transactions db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /**
   * Takes one token from the bucket of {@code key} under {@code limiter}.
   *
   * @param perMinute the refill rate, at least 1
   * @param burst the bucket's size, at least 1
   * @return 0 when a token was taken, else the milliseconds until one is there (nothing taken)
   */
  public long take(String limiter, String key, int perMinute, int burst) {
    check(limiter, key, perMinute, burst);
    String keyHash = Secrets.sha256(key);
    long now = clock.millis();
    boolean prune = takes.incrementAndGet() % PRUNE_EVERY == 0;
    return db.write(
        "take from the rate limit '" + limiter + "'",
        c -> {
          if (prune) {
            Jdbc.update(c, db.sql().get("prune_rate_buckets"), now);
          }
          Jdbc.update(
              c, db.sql().get("insert_rate_bucket"), limiter, keyHash, (double) burst, now, now);
          double[] bucket = select(c, limiter, keyHash);
          double elapsed = Math.max(0, now - (long) bucket[1]);
          double tokens = Math.min(burst, bucket[0] + elapsed * perMinute / MILLIS_PER_MINUTE);
          long wait = 0;
          if (tokens >= 1) {
            tokens -= 1;
          } else {
            wait = (long) Math.ceil((1 - tokens) * MILLIS_PER_MINUTE / perMinute);
          }
          long fullAt = now + (long) Math.ceil((burst - tokens) * MILLIS_PER_MINUTE / perMinute);
          Jdbc.update(c, db.sql().get("update_rate_bucket"), tokens, now, fullAt, limiter, keyHash);
          return wait;
        });
  }

  private static void check(String limiter, String key, int perMinute, int burst) {
    Objects.requireNonNull(limiter, "limiter");
    Objects.requireNonNull(key, "key");
    if (perMinute < 1 || burst < 1) {
      throw new IllegalArgumentException("perMinute and burst must be positive");
    }
  }

  private double[] select(Connection c, String limiter, String keyHash) throws SQLException {
    try (PreparedStatement select = c.prepareStatement(db.sql().get("select_rate_bucket"))) {
      select.setString(1, limiter);
      select.setString(2, keyHash);
      try (ResultSet rs = select.executeQuery()) {
        rs.next();
        return new double[] {rs.getDouble(1), rs.getLong(2)};
      }
    }
  }
}
