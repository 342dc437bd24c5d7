package org.portreg.local;

import java.util.Locale;
import java.util.Optional;

/** How much a finding of {@code check} weighs. */
public enum Severity {
  /** The port or name must not be used: {@code check} exits 1. */
  CONFLICT,
  /** Worth knowing; {@code check --strict} counts it as a conflict. */
  WARNING;

  /** The word used in files and output: {@code conflict} or {@code warning}. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code conflict} or {@code warning}, case-insensitively. */
  public static Optional<Severity> parse(String text) {
    for (Severity s : values()) {
      if (s.word().equalsIgnoreCase(text)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
