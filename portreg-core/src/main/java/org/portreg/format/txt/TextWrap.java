package org.portreg.format.txt;

import java.util.ArrayList;
import java.util.List;

/** Greedy word wrapping to a fixed width. Stateless, thread-safe. */
final class TextWrap {
  private TextWrap() {}

  /**
   * The lines of {@code text} at most {@code width} characters long, broken at spaces; a word
   * longer than the width is cut into pieces. Empty text gives no lines.
   */
  static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.strip().split("\\s+")) {
      if (word.isEmpty()) {
        continue;
      }
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      while (word.length() > width) {
        if (line.length() > 0) {
          lines.add(line.toString());
          line.setLength(0);
        }
        lines.add(word.substring(0, width));
        word = word.substring(width);
      }
      line.append(line.length() == 0 ? "" : " ").append(word);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  /** The length of the longest space-separated word of {@code text}. */
  static int longestWord(String text) {
    int longest = 0;
    for (String word : text.split("\\s+")) {
      longest = Math.max(longest, word.length());
    }
    return longest;
  }
}
