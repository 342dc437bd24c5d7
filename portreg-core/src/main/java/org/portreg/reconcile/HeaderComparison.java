package org.portreg.reconcile;

import java.util.Objects;

/**
 * How one header field of the excerpt compares with the registry's header. Immutable.
 *
 * @param field the field, such as {@code Last Updated}
 * @param status the outcome
 * @param excerptValue the value the excerpt shows
 * @param registryValue the registry's value as its page would show it, {@code ""} when it has none
 */
public record HeaderComparison(
    String field, Status status, String excerptValue, String registryValue) {
  /** The outcome of comparing a header field. */
  public enum Status {
    /** Same text (white space aside). */
    AGREES,
    /** The excerpt shows the start of the registry's text only: the page cut it short. */
    TRUNCATED,
    /** Different text. */
    DIFFERS,
    /** Page furniture the registry file does not hold, such as Available Formats. */
    NOT_IN_REGISTRY
  }

  /** Checks nothing is null. */
  public HeaderComparison {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(excerptValue, "excerptValue");
    Objects.requireNonNull(registryValue, "registryValue");
  }

  /** Whether the field is consistent with the registry (truncation and page furniture are). */
  public boolean isConsistent() {
    return status != Status.DIFFERS;
  }
}
