package org.portreg.local;

import java.util.Locale;
import java.util.Objects;

/**
 * One reason in a {@code check} verdict.
 *
 * @param severity conflict or warning
 * @param kind what the port or name collides with
 * @param message the reason, for people: whose, which range, why
 * @param key what the finding is about, stable across runs ({@code iana:http-alt:8080/tcp}); drift
 *     acknowledgements name it
 */
public record Finding(Severity severity, Kind kind, String message, String key) {
  /** Checks no component is null. */
  public Finding {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(key, "key");
  }

  /** What a finding is about. */
  public enum Kind {
    /** IANA assigned the port to a service. */
    IANA_ASSIGNED,
    /** IANA reserved the port (or de-assigned it). */
    IANA_RESERVED,
    /** The port lies in the Dynamic range (49152-65535). */
    DYNAMIC_RANGE,
    /** A range of the policy covers the port. */
    POLICY,
    /** A local assignment holds the port or name. */
    LOCAL,
    /** IANA has the name. */
    IANA_NAME,
    /** The name is one of IANA's historic names (RFC 6335 §10.1). */
    HISTORIC_NAME,
    /** The name breaks the syntax of RFC 6335 §5.1. */
    NAME_SYNTAX;

    /** The word used in output: {@code iana-assigned}, {@code policy}, .... */
    public String word() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  /** This finding as a warning, its message followed by {@code note}. */
  public Finding downgraded(String note) {
    return new Finding(Severity.WARNING, kind, message + " (" + note + ")", key);
  }
}
