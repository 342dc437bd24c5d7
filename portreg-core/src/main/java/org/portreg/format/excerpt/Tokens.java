package org.portreg.format.excerpt;

import java.util.List;

/**
 * Splits a plain-text line at white space, keeping a group of adjacent {@code [..]} references
 * (which may hold spaces) as one token.
 */
final class Tokens {
  private Tokens() {}

  static void split(Line line, List<Value> out) {
    String text = line.text();
    int i = 0;
    while (i < text.length()) {
      if (Character.isWhitespace(text.charAt(i))) {
        i++;
        continue;
      }
      int end = text.charAt(i) == '[' ? bracketsEnd(text, i) : wordEnd(text, i);
      out.add(Value.of(text.substring(i, end), line.number(), i + 1));
      i = end;
    }
  }

  private static int wordEnd(String text, int from) {
    int i = from;
    while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The end of {@code [a][b]}, or of the word when a bracket is not closed on this line. */
  private static int bracketsEnd(String text, int from) {
    int i = from;
    while (i < text.length() && text.charAt(i) == '[') {
      int close = text.indexOf(']', i);
      if (close < 0) {
        return wordEnd(text, from);
      }
      i = close + 1;
    }
    return i < text.length() && !Character.isWhitespace(text.charAt(i)) ? wordEnd(text, from) : i;
  }
}
