package org.portreg.index;

import org.portreg.model.RecordStatus;

/**
 * What a (port, transport) is in the port space: the three statuses of RFC 6335 §8, plus the
 * Dynamic range (49152-65535, never assigned, §6).
 */
public enum PortStatus {
  /** At least one assigned record covers the port. */
  ASSIGNED,
  /** Reserved, de-registered, removed or otherwise withdrawn: not available. */
  RESERVED,
  /** Free to request, whether an explicit Unassigned record says so or no record exists. */
  UNASSIGNED,
  /** In the Dynamic and/or Private range, never assigned. */
  DYNAMIC;

  /** The port-space status of a record kind. */
  public static PortStatus of(RecordStatus kind) {
    return switch (kind.base()) {
      case ASSIGNED -> ASSIGNED;
      case RESERVED -> RESERVED;
      case UNASSIGNED -> UNASSIGNED;
    };
  }
}
