package org.portreg.format.txt;

import java.util.List;
import java.util.function.Function;

/**
 * Writes the rows of a table too wide for the line as one block per row: a title line, then one
 * labelled line per non-empty cell, wrapped with a hanging indent, and a blank line after each
 * block. Used when the table's columns cannot be as wide as their longest words. Immutable,
 * thread-safe.
 */
final class TextBlocks {
  private static final String LABEL_INDENT = "  ";
  private static final String HANGING_INDENT = "      ";

  private final int width;

  TextBlocks(int width) {
    this.width = width;
  }

  /**
   * Appends each row after the header row: {@code title} of the row, then the cells from column
   * {@code firstField} on, labelled with the header row's labels.
   */
  void write(
      List<List<String>> rows,
      Function<List<String>, String> title,
      int firstField,
      StringBuilder out) {
    List<String> labels = rows.get(0);
    for (List<String> row : rows.subList(1, rows.size())) {
      String first = title.apply(row);
      List<String> lines = first.length() <= width ? List.of(first) : TextWrap.wrap(first, width);
      for (String line : lines) {
        out.append(line).append('\n');
      }
      for (int c = firstField; c < row.size(); c++) {
        if (!row.get(c).isBlank()) {
          field(labels.get(c), row.get(c), out);
        }
      }
      out.append('\n');
    }
  }

  private void field(String label, String value, StringBuilder out) {
    List<String> lines =
        TextWrap.wrap(
            label + ": " + value, width - LABEL_INDENT.length(), width - HANGING_INDENT.length());
    for (int i = 0; i < lines.size(); i++) {
      out.append(i == 0 ? LABEL_INDENT : HANGING_INDENT).append(lines.get(i)).append('\n');
    }
  }
}
