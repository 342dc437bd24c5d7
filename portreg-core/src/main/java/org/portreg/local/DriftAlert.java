package org.portreg.local;

import java.util.Objects;

/**
 * A local assignment that a newer IANA version now collides with.
 *
 * @param assignment the local assignment
 * @param finding what the newer version does to it; its key is what an acknowledgement names
 */
public record DriftAlert(LocalAssignment assignment, Finding finding) {
  /** Checks no component is null. */
  public DriftAlert {
    Objects.requireNonNull(assignment, "assignment");
    Objects.requireNonNull(finding, "finding");
  }

  /** {@code orders 31000/tcp: IANA-assigned to ... }, for people. */
  @Override
  public String toString() {
    return assignment.name() + " " + assignment.portsText() + ": " + finding.message();
  }
}
