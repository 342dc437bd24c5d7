package org.portreg.format.excerpt;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the lines of a pipe-rendered row into its non-empty cells: empty cells carry no
 * information (the page dropped them and shifted the rest left), so only values are kept.
 */
final class Cells {
  private Cells() {}

  static List<Value> values(List<Line> lines) {
    List<Value> values = new ArrayList<>();
    for (Line line : lines) {
      addValues(line, values);
    }
    return values;
  }

  private static void addValues(Line line, List<Value> values) {
    String text = line.text();
    int start = 0;
    while (start <= text.length()) {
      int end = text.indexOf('|', start);
      if (end < 0) {
        end = text.length();
      }
      String cell = text.substring(start, end);
      String value = cell.strip();
      if (!value.isEmpty()) {
        int column = start + cell.indexOf(value.charAt(0)) + 1;
        values.add(Value.of(value, line.number(), column));
      }
      start = end + 1;
    }
  }
}
