package org.portreg.store;

import java.time.Instant;
import java.util.Objects;
import org.portreg.local.Acknowledgement;

/**
 * An acknowledgement as the store keeps it: who gave it and when. Acknowledging the same finding
 * again renews both.
 *
 * @param acknowledgement the entry, the finding's key and the reason
 * @param actor who acknowledged it
 * @param at when it was (last) acknowledged
 */
public record Acknowledged(Acknowledgement acknowledgement, String actor, Instant at) {
  /** Checks no component is null. */
  public Acknowledged {
    Objects.requireNonNull(acknowledgement, "acknowledgement");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(at, "at");
  }
}
