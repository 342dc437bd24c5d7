package org.portreg.format.txt;

import java.util.List;
import java.util.Set;

/**
 * Shares a line width among table columns. A table is readable in a width when every column can be
 * at least as wide as its longest word (header words included, so no label is split) and text
 * columns get a readable minimum; then each column gets its natural width when all fit, otherwise
 * its readable width plus what is left where it saves the most wrapped lines. Stateless,
 * thread-safe.
 */
final class ColumnWidths {
  /** The narrowest column of the twelve-column minimum width. */
  static final int MIN_COLUMN = 3;

  /** A text column (description, notes) is at least this wide, unless its content is narrower. */
  static final int TEXT_MIN = 20;

  private ColumnWidths() {}

  /**
   * The narrowest readable width of each column of {@code rows} (the first is the header row): its
   * longest word, at least {@link #TEXT_MIN} for the {@code textColumns}, at most its natural
   * width.
   */
  static int[] readable(List<List<String>> rows, Set<Integer> textColumns) {
    int columns = rows.get(0).size();
    int[] widths = new int[columns];
    int[] natural = new int[columns];
    for (List<String> row : rows) {
      for (int c = 0; c < columns; c++) {
        String cell = row.get(c);
        natural[c] = Math.max(natural[c], cell.length());
        widths[c] = Math.max(widths[c], TextWrap.longestWord(cell));
      }
    }
    for (int c : textColumns) {
      widths[c] = Math.max(widths[c], Math.min(natural[c], TEXT_MIN));
    }
    return widths;
  }

  /** The narrowest line the columns of these readable widths fit in, one space between them. */
  static int lineWidth(int[] readable) {
    return sum(readable) + readable.length - 1;
  }

  /**
   * The widths of the columns of {@code rows} (the first is the header row) in {@code available}
   * characters, separators excluded, no column narrower than its {@code readable} width (which must
   * fit).
   */
  static int[] share(List<List<String>> rows, int[] readable, int available) {
    int columns = rows.get(0).size();
    int[] natural = new int[columns];
    long[] total = new long[columns];
    for (List<String> row : rows) {
      for (int c = 0; c < columns; c++) {
        String cell = row.get(c);
        natural[c] = Math.max(natural[c], cell.length());
        total[c] += cell.length();
      }
    }
    if (sum(natural) <= available) {
      return natural;
    }
    int[] widths = readable.clone();
    spendOnLongest(widths, natural, total, available - sum(widths));
    return widths;
  }

  /** Gives each remaining character to the column whose wrapped height it shrinks the most. */
  private static void spendOnLongest(int[] widths, int[] natural, long[] total, int left) {
    for (; left > 0; left--) {
      int best = -1;
      double bestGain = 0;
      for (int c = 0; c < widths.length; c++) {
        double gain = (double) total[c] / widths[c] - (double) total[c] / (widths[c] + 1);
        if (widths[c] < natural[c] && gain > bestGain) {
          best = c;
          bestGain = gain;
        }
      }
      if (best < 0) {
        return;
      }
      widths[best]++;
    }
  }

  private static int sum(int[] values) {
    int total = 0;
    for (int v : values) {
      total += v;
    }
    return total;
  }
}
