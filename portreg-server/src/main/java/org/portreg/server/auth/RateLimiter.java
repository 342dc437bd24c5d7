package org.portreg.server.auth;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;
import org.portreg.server.http.RateLimitedException;
import org.portreg.server.spi.RateLimit;
import org.portreg.store.RateBuckets;

/**
 * Token buckets by key (a user, a client address, an address and a username). {@linkplain #shared
 * Shared} buckets live in the store, so every instance on the database draws on one allowance; the
 * others are per instance, in memory bounded to {@value #MAX_KEYS} keys (the least recently used
 * forgotten first). Each request costs O(1): a map entry, or one short write of the bucket's row.
 * Thread-safe.
 */
public final class RateLimiter {
  /** At most this many keys; past it the least recently used bucket is forgotten. */
  static final int MAX_KEYS = 10_000;

  private static final double NANOS_PER_MINUTE = 60e9;

  private final String what;
  private final RateLimit limit;
  private final LongSupplier nanoTime;
  private final Map<String, Bucket> buckets =
      new LinkedHashMap<>(1024, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
          return size() > MAX_KEYS;
        }
      };

  private final RateBuckets shared;

  public RateLimiter(String what, RateLimit limit, LongSupplier nanoTime) {
    this(what, limit, nanoTime, null);
  }

  private RateLimiter(String what, RateLimit limit, LongSupplier nanoTime, RateBuckets shared) {
    this.what = what;
    this.limit = limit;
    this.nanoTime = nanoTime;
    this.shared = shared;
  }

  /**
   * A limiter whose buckets are kept in the store's {@code buckets}, under the name {@code what}:
   * one allowance for a key across every server instance on the database.
   */
  public static RateLimiter shared(String what, RateLimit limit, RateBuckets buckets) {
    return new RateLimiter(what, limit, System::nanoTime, buckets);
  }

  public RateLimiter(String what, RateLimit limit) {
    this(what, limit, System::nanoTime);
  }

  /**
   * Takes one request from {@code key}'s bucket.
   *
   * @throws RateLimitedException when the bucket is empty, saying when the next request may come
   */
  public void take(String key) {
    long waitNanos =
        shared == null
            ? takeHere(key)
            : shared.take(what, key, limit.perMinute(), limit.burst()) * 1_000_000L;
    if (waitNanos > 0) {
      long seconds = Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
      throw new RateLimitedException(
          "too many "
              + what
              + ": at most "
              + limit.perMinute()
              + " a minute; retry in "
              + seconds
              + " s",
          seconds);
    }
  }

  private long takeHere(String key) {
    long now = nanoTime.getAsLong();
    Bucket bucket;
    synchronized (buckets) {
      bucket = buckets.computeIfAbsent(key, k -> new Bucket(now));
    }
    return bucket.take(now);
  }

  /** One key's tokens. */
  private final class Bucket {
    private double tokens = limit.burst();
    private long refilledAt;

    Bucket(long now) {
      refilledAt = now;
    }

    /** Takes a token and answers 0, or answers the nanoseconds until one is there. */
    synchronized long take(long now) {
      refill(now);
      if (tokens >= 1) {
        tokens -= 1;
        return 0;
      }
      return (long) Math.ceil((1 - tokens) * NANOS_PER_MINUTE / limit.perMinute());
    }

    private void refill(long now) {
      double added = (now - refilledAt) * limit.perMinute() / NANOS_PER_MINUTE;
      tokens = Math.min(limit.burst(), tokens + added);
      refilledAt = now;
    }
  }

  /** How many keys are kept now. */
  int size() {
    synchronized (buckets) {
      return buckets.size();
    }
  }
}
