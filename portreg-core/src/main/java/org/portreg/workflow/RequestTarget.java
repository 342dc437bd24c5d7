package org.portreg.workflow;

import java.util.Locale;
import java.util.Optional;

/**
 * Which registry a request is for: IANA's (RFC 6335, the transport experts review it) or the
 * organisation's own (docs/local.md, the local experts review it).
 */
public enum RequestTarget {
  /** IANA's registry: the request template of RFC 6335 §8.1.1. */
  IANA,
  /** The organisation's own registry: a local assignment's fields. */
  LOCAL;

  /** The word used in files, options and output: {@code iana} or {@code local}. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code iana} or {@code local}, case-insensitively. */
  public static Optional<RequestTarget> parse(String text) {
    for (RequestTarget t : values()) {
      if (t.word().equalsIgnoreCase(text.strip())) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
