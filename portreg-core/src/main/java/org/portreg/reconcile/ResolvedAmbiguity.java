package org.portreg.reconcile;

import java.util.Objects;

/**
 * An excerpt value whose column the reader had to guess, and the column the registry shows it in.
 * Immutable.
 *
 * @param value the value
 * @param guessedColumn the reader's guess, such as {@code Registration Date}
 * @param actualColumn the column the registry holds the value in, such as {@code Modification Date}
 */
public record ResolvedAmbiguity(String value, String guessedColumn, String actualColumn) {
  /** Checks nothing is null. */
  public ResolvedAmbiguity {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(guessedColumn, "guessedColumn");
    Objects.requireNonNull(actualColumn, "actualColumn");
  }

  /** Whether the reader's guess was right. */
  public boolean guessedRight() {
    return guessedColumn.equals(actualColumn);
  }
}
