package org.portreg.model;

/**
 * The status of a record, with the legacy kinds the real registry holds. Each maps to one of the
 * three statuses of RFC 6335 through {@link #base()}.
 */
public enum RecordStatus {
  /** Assigned to a service. */
  ASSIGNED(Base.ASSIGNED),
  /** Reserved (RFC 6335 §8.2: de-assigned ports become Reserved). */
  RESERVED(Base.RESERVED),
  /** Not assigned; free to request. */
  UNASSIGNED(Base.UNASSIGNED),
  /** De-registered, an older word for de-assigned. */
  DEREGISTERED(Base.RESERVED),
  /** Removed from the registry. */
  REMOVED(Base.RESERVED),
  /** Deprecated. */
  DEPRECATED(Base.RESERVED),
  /** Decommissioned, an older word for de-assigned. */
  DECOMMISSIONED(Base.RESERVED),
  /** "any private ..." use (historic entries such as 57 "any private terminal access"). */
  PRIVATE_USE(Base.RESERVED),
  /** A record without a name whose description fits none of the known kinds. */
  UNCLASSIFIED(Base.RESERVED);

  /** The three statuses of RFC 6335 §8: every (port, transport) has exactly one. */
  public enum Base {
    ASSIGNED,
    RESERVED,
    UNASSIGNED
  }

  private final Base base;

  RecordStatus(Base base) {
    this.base = base;
  }

  /** The RFC 6335 status this kind counts as. */
  public Base base() {
    return base;
  }

  /** Whether a port with this status may be given to a new request (RFC 6335 §8.1). */
  public boolean isAvailable() {
    return base == Base.UNASSIGNED;
  }
}
