package org.portreg.local;

import java.util.Objects;
import org.portreg.model.ServiceRecord;

/**
 * A local assignment that a newer IANA version now collides with.
 *
 * @param assignment the local assignment
 * @param finding what the newer version does to it; its key is what an acknowledgement names
 * @param record the newer version's record that collides: it takes a port or the name
 */
public record DriftAlert(LocalAssignment assignment, Finding finding, ServiceRecord record) {
  /** Checks no component is null. */
  public DriftAlert {
    Objects.requireNonNull(assignment, "assignment");
    Objects.requireNonNull(finding, "finding");
    Objects.requireNonNull(record, "record");
  }

  /** {@code orders 31000/tcp: IANA-assigned to ... }, for people. */
  @Override
  public String toString() {
    return assignment.name() + " " + assignment.portsText() + ": " + finding.message();
  }
}
