package org.portreg.server.spi;

import java.time.Duration;
import java.util.Objects;

/**
 * How the server delivers the webhooks of saved watches (docs/notifications.md). Immutable.
 *
 * @param allowPrivate whether webhooks may go to loopback, link-local and private addresses ({@code
 *     serve --webhook-allow-private}); refused by default (server-side request forgery)
 * @param poll how often to look for due deliveries
 * @param firstRetry the wait after the first failed attempt; each further failure doubles it (to at
 *     most a day)
 * @param lease how long a claimed delivery is left to its sender before another may claim it
 * @param timeout the connect timeout and the whole request's timeout of one attempt
 */
public record WebhookOptions(
    boolean allowPrivate, Duration poll, Duration firstRetry, Duration lease, Duration timeout) {
  /** Checks the timings. */
  public WebhookOptions {
    for (Duration d : new Duration[] {poll, firstRetry, lease, timeout}) {
      Objects.requireNonNull(d, "duration");
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException("webhook timings must be positive, was " + d);
      }
    }
  }

  /**
   * The defaults: a poll every 2 seconds, first retry after 30 seconds, a lease of 5 minutes, 10
   * seconds to connect and 30 for the whole attempt.
   */
  public static WebhookOptions defaults(boolean allowPrivate) {
    return new WebhookOptions(
        allowPrivate,
        Duration.ofSeconds(2),
        Duration.ofSeconds(30),
        Duration.ofMinutes(5),
        Duration.ofSeconds(10));
  }

  /** These options with another poll interval and first retry (tests wait less). */
  public WebhookOptions withTimings(Duration poll, Duration firstRetry) {
    return new WebhookOptions(allowPrivate, poll, firstRetry, lease, timeout);
  }
}
