package org.portreg.format.excerpt;

/**
 * One non-empty value of a row, where it starts, and what it looks like.
 *
 * @param text the value, trimmed
 * @param line the 1-based line it starts on
 * @param column the 1-based column it starts at
 * @param kind what the value looks like
 */
record Value(String text, int line, int column, ValueKind kind) {
  static Value of(String text, int line, int column) {
    return new Value(text, line, column, ValueKind.of(text));
  }
}
