package org.portreg.format.txt;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays out a table in a fixed width: columns separated by one space, cells wrapped on word
 * boundaries and centred vertically in their row, a rule of dashes under the header row, no
 * trailing spaces. Immutable, thread-safe.
 */
final class TextTableWriter {
  private final int width;

  TextTableWriter(int width) {
    this.width = width;
  }

  /**
   * Appends {@code rows} (the first is the header) to {@code out}, no column narrower than its
   * {@code readable} width (see {@link ColumnWidths#readable}), which must fit the width.
   */
  void write(List<List<String>> rows, int[] readable, StringBuilder out) {
    int columns = rows.get(0).size();
    int[] widths = ColumnWidths.share(rows, readable, width - (columns - 1));
    writeRow(rows.get(0), widths, out);
    List<String> rule = new ArrayList<>();
    for (int w : widths) {
      rule.add("-".repeat(w));
    }
    appendLine(rule, widths, out);
    for (List<String> row : rows.subList(1, rows.size())) {
      writeRow(row, widths, out);
    }
  }

  private static void writeRow(List<String> row, int[] widths, StringBuilder out) {
    List<List<String>> cells = new ArrayList<>();
    int height = 1;
    for (int c = 0; c < widths.length; c++) {
      List<String> lines = TextWrap.wrap(row.get(c), widths[c]);
      cells.add(lines);
      height = Math.max(height, lines.size());
    }
    for (int line = 0; line < height; line++) {
      List<String> pieces = new ArrayList<>();
      for (List<String> cell : cells) {
        int index = line - (height - cell.size()) / 2;
        pieces.add(index >= 0 && index < cell.size() ? cell.get(index) : "");
      }
      appendLine(pieces, widths, out);
    }
  }

  private static void appendLine(List<String> pieces, int[] widths, StringBuilder out) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < pieces.size(); c++) {
      String piece = pieces.get(c);
      line.append(piece).append(" ".repeat(widths[c] - piece.length()));
      if (c + 1 < pieces.size()) {
        line.append(' ');
      }
    }
    out.append(line.toString().stripTrailing()).append('\n');
  }
}
