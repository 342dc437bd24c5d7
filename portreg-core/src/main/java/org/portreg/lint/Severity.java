package org.portreg.lint;

import java.util.Locale;
import java.util.Optional;

/** How much a finding matters, from most to least severe. */
public enum Severity {
  /** Breaks a rule of RFC 6335 or of the registry; fix it. */
  ERROR,
  /** Probably wrong; look at it. */
  WARNING,
  /** Worth knowing; nothing to fix necessarily. */
  INFO;

  /** The lower-case word used in every output, such as {@code error}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether this severity is {@code other} or more severe. */
  public boolean isAtLeast(Severity other) {
    return ordinal() <= other.ordinal();
  }

  /** The severity named {@code text} ({@code error}, {@code warning}, {@code info}), any case. */
  public static Optional<Severity> parse(String text) {
    for (Severity s : values()) {
      if (s.label().equalsIgnoreCase(text)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
