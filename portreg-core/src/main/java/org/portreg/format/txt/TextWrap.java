package org.portreg.format.txt;

import java.util.ArrayList;
import java.util.List;

/** Greedy word wrapping to a fixed width. Stateless, thread-safe. */
final class TextWrap {
  private TextWrap() {}

  /**
   * The lines of {@code text} at most {@code width} characters long, broken at white space; a word
   * longer than the width is cut into pieces. Empty text gives no lines.
   */
  static List<String> wrap(String text, int width) {
    return wrap(text, width, width);
  }

  /**
   * The lines of {@code text}, the first at most {@code first} characters long and the others at
   * most {@code rest} (for a hanging indent); see {@link #wrap(String, int)}.
   */
  static List<String> wrap(String text, int first, int rest) {
    List<String> lines = new ArrayList<>(2);
    StringBuilder line = new StringBuilder();
    int i = 0;
    while (true) {
      int start = skipSpace(text, i);
      if (start == text.length()) {
        break;
      }
      i = wordEnd(text, start);
      addWord(text, start, i, first, rest, line, lines);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  /**
   * Adds the word {@code text[start, end)}; a word longer than the width is cut by index, so a word
   * of n characters costs O(n), not O(n²/width) as cutting copies of its rest would.
   */
  private static void addWord(
      String text,
      int start,
      int end,
      int first,
      int rest,
      StringBuilder line,
      List<String> lines) {
    if (line.length() > 0 && line.length() + 1 + (end - start) > (lines.isEmpty() ? first : rest)) {
      lines.add(line.toString());
      line.setLength(0);
    }
    int from = start;
    while (end - from > (lines.isEmpty() ? first : rest)) { // the line is empty here
      int width = lines.isEmpty() ? first : rest;
      lines.add(text.substring(from, from + width));
      from += width;
    }
    line.append(line.length() == 0 ? "" : " ").append(text, from, end);
  }

  /** The length of the longest white-space-separated word of {@code text}. */
  static int longestWord(String text) {
    int longest = 0;
    int i = 0;
    while (true) {
      int start = skipSpace(text, i);
      if (start == text.length()) {
        return longest;
      }
      i = wordEnd(text, start);
      longest = Math.max(longest, i - start);
    }
  }

  private static int skipSpace(String text, int from) {
    int i = from;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int wordEnd(String text, int from) {
    int i = from;
    while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }
}
