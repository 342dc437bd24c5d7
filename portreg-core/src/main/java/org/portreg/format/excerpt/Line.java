package org.portreg.format.excerpt;

/**
 * One physical line of the excerpt.
 *
 * @param number the 1-based line number
 * @param text the line without its line terminator
 */
record Line(int number, String text) {
  boolean isBlank() {
    return text.isBlank();
  }

  /** The text with {@code |} as spaces and white space collapsed, to recognise headings. */
  String normalized() {
    return text.replace('|', ' ').strip().replaceAll("\\s+", " ");
  }

  long pipes() {
    return text.chars().filter(c -> c == '|').count();
  }

  /** Whether this is a table's {@code |---|---|} line. */
  boolean isSeparator() {
    String t = text.strip();
    return t.contains("---") && t.chars().allMatch(c -> c == '|' || c == '-' || c == ':');
  }
}
