package org.portreg.lint;

import java.util.Objects;

/**
 * Where a finding points: a file and a 1-based line and column, 0 when unknown.
 *
 * @param file the file as named on the command line
 * @param line the 1-based line, 0 when unknown
 * @param column the 1-based column, 0 when unknown
 */
public record Position(String file, int line, int column) {
  /** Checks the file is not null. */
  public Position {
    Objects.requireNonNull(file, "file");
  }

  /** A position in {@code file} without line or column. */
  public static Position unknown(String file) {
    return new Position(file, 0, 0);
  }
}
