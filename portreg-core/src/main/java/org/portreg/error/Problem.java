package org.portreg.error;

import java.util.Objects;

/**
 * A problem found in input: where it is and what is wrong.
 *
 * @param source the file name or other name of the input, such as {@code registry.xml}
 * @param line the 1-based line, or 0 when unknown
 * @param column the 1-based column, or 0 when unknown
 * @param message what is wrong, naming the field and the value
 */
public record Problem(String source, int line, int column, String message) {
  /** Checks no component is null. */
  public Problem {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(message, "message");
  }

  /**
   * {@code source:line:column: message}, the form every adapter prints; {@code source: message}
   * when the place is unknown (the message then says why there is no position).
   */
  @Override
  public String toString() {
    if (line == 0) {
      return source + ": " + message;
    }
    return source + ":" + line + ":" + column + ": " + message;
  }
}
