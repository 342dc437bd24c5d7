package org.portreg.server.spi;

/**
 * A token-bucket rate: {@code perMinute} requests a minute on average, up to {@code burst} at once.
 *
 * @param perMinute the refill rate, in requests per minute; at least 1
 * @param burst the bucket's size, in requests; at least 1
 */
public record RateLimit(int perMinute, int burst) {
  /** Checks both are positive. */
  public RateLimit {
    if (perMinute < 1) {
      throw new IllegalArgumentException("perMinute must be positive, was " + perMinute);
    }
    if (burst < 1) {
      throw new IllegalArgumentException("burst must be positive, was " + burst);
    }
  }

  /** The default for writes: 30 a minute, bursts of 10. */
  public static RateLimit defaultWrites() {
    return new RateLimit(30, 10);
  }

  /** The default for sign-in attempts per client and username: 5 a minute, bursts of 5. */
  public static RateLimit defaultSignIns() {
    return new RateLimit(5, 5);
  }
}
