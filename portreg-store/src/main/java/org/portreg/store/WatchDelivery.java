package org.portreg.store;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One webhook delivery of a watch, as its delivery log shows it. Immutable.
 *
 * @param id the delivery's number
 * @param versionDate the date of the registry version whose changes it carries
 * @param changes how many record changes it carries
 * @param createdAt when it was queued (with the version)
 * @param attempts how many times it was sent
 * @param deliveredAt when the receiver accepted it (a 2xx answer)
 * @param failedAt when it was given up (the watch was disabled)
 * @param lastStatus the HTTP status of the last attempt; empty when none was received
 * @param lastError what went wrong on the last failed attempt
 */
public record WatchDelivery(
    long id,
    String versionDate,
    int changes,
    Instant createdAt,
    int attempts,
    Optional<Instant> deliveredAt,
    Optional<Instant> failedAt,
    OptionalInt lastStatus,
    Optional<String> lastError) {

  /** {@code delivered}, {@code failed} or {@code pending}. */
  public String state() {
    return deliveredAt.isPresent() ? "delivered" : failedAt.isPresent() ? "failed" : "pending";
  }
}
