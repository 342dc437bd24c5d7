package org.portreg.local;

import java.util.Locale;
import java.util.Optional;

/** How far a local assignment reaches. */
public enum Scope {
  /** One host: the port is taken on the machines that run the service. */
  HOST,
  /** One cluster. */
  CLUSTER,
  /** The whole organisation. */
  ORG;

  /** The word used in files and output. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code host}, {@code cluster} or {@code org}, case-insensitively. */
  public static Optional<Scope> parse(String text) {
    for (Scope s : values()) {
      if (s.word().equalsIgnoreCase(text.strip())) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
