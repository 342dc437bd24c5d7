package org.portreg.format.txt;

import java.util.List;

/**
 * Shares a line width among table columns: each column gets its natural width when all fit;
 * otherwise columns get room for their longest word (up to a cap), the shortest words first, then
 * the rest goes where it saves the most wrapped lines. Stateless, thread-safe.
 */
final class ColumnWidths {
  /** No column is narrower than this unless its content is. */
  static final int MIN_COLUMN = 3;

  /** Longest-word room is given up to this many characters per column. */
  private static final int WORD_CAP = 12;

  private ColumnWidths() {}

  /**
   * The widths of the columns of {@code rows} (the first is the header row) in {@code available}
   * characters, separators excluded.
   */
  static int[] share(List<List<String>> rows, int available) {
    int columns = rows.get(0).size();
    int[] natural = new int[columns];
    int[] word = new int[columns];
    long[] total = new long[columns];
    for (int r = 0; r < rows.size(); r++) {
      for (int c = 0; c < columns; c++) {
        String cell = rows.get(r).get(c);
        natural[c] = Math.max(natural[c], cell.length());
        if (r > 0) { // header labels may break, values should not
          word[c] = Math.max(word[c], Math.min(WORD_CAP, TextWrap.longestWord(cell)));
        }
        total[c] += cell.length();
      }
    }
    if (sum(natural) <= available) {
      return natural;
    }
    int[] widths = new int[columns];
    for (int c = 0; c < columns; c++) {
      widths[c] = Math.max(1, Math.min(natural[c], MIN_COLUMN));
    }
    int left = available - sum(widths);
    left = raiseTowards(widths, word, left);
    spendOnLongest(widths, natural, total, left);
    return widths;
  }

  /**
   * Raises columns to their target, the smallest targets first, as long as a whole target fits:
   * ports, transports and dates then stay unbroken and text columns share what is left.
   */
  private static int raiseTowards(int[] widths, int[] target, int left) {
    Integer[] order = new Integer[widths.length];
    for (int c = 0; c < order.length; c++) {
      order[c] = c;
    }
    java.util.Arrays.sort(order, java.util.Comparator.comparingInt(c -> target[c]));
    for (int c : order) {
      int need = target[c] - widths[c];
      if (need > 0 && need <= left) {
        widths[c] = target[c];
        left -= need;
      }
    }
    return left;
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
