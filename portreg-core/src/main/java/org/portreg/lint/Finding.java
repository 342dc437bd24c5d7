package org.portreg.lint;

import java.util.Objects;

/**
 * One thing lint found.
 *
 * @param rule the rule that found it
 * @param severity how much it matters (the rule's severity unless the rule grades its findings)
 * @param file the file as named on the command line, {@code -} for standard input
 * @param line the 1-based line, or 0 when the input keeps no position for it
 * @param column the 1-based column, or 0 when unknown
 * @param message what is wrong and what to do
 */
public record Finding(
    LintRule rule, Severity severity, String file, int line, int column, String message) {

  /** Checks no component is null and the position is not negative. */
  public Finding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException(
          "position must not be negative, was " + line + ":" + column);
    }
  }

  /** A finding at the rule's own severity. */
  public Finding(LintRule rule, Position at, String message) {
    this(rule, rule.severity(), at.file(), at.line(), at.column(), message);
  }

  /** Whether the finding has a line. */
  public boolean hasPosition() {
    return line > 0;
  }
}
