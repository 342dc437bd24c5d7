package org.portreg.local;

import java.util.Objects;

/**
 * Someone's decision to live with one finding of a local assignment, such as a port IANA assigned
 * after the organisation took it: {@code check --all} then reports it as a warning.
 *
 * @param name the local assignment's name (compared case-insensitively)
 * @param findingKey the {@link Finding#key()} acknowledged
 * @param reason why, for the audit log
 */
public record Acknowledgement(String name, String findingKey, String reason) {
  /** Checks no component is null. */
  public Acknowledgement {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(findingKey, "findingKey");
    Objects.requireNonNull(reason, "reason");
  }
}
