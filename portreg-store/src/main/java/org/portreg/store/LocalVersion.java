package org.portreg.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.portreg.local.LocalAssignment;

/**
 * One stored state of a local assignment.
 *
 * @param assignment the entry as it was
 * @param validFrom when it was added or changed to this
 * @param validTo when it was changed or removed; empty while current
 * @param changedBy who added or changed it
 */
public record LocalVersion(
    LocalAssignment assignment, Instant validFrom, Optional<Instant> validTo, String changedBy) {
  /** Checks no component is null. */
  public LocalVersion {
    Objects.requireNonNull(assignment, "assignment");
    Objects.requireNonNull(validFrom, "validFrom");
    Objects.requireNonNull(validTo, "validTo");
    Objects.requireNonNull(changedBy, "changedBy");
  }
}
