package org.portreg.cli.common;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A table of text cells for a terminal, fitted to its width as the {@code lookup} table is: a
 * header line, every column as wide as its widest cell but the last, which is word-wrapped in what
 * is left (continuation lines indented to its column); when that leaves it less than {@link
 * #MIN_LAST} columns, one block per row instead ({@link RecordBlocks#rows}). Nothing is cut.
 */
public final class WrappedTable {
  /** The narrowest last column; a narrower terminal gets one block per row. */
  static final int MIN_LAST = 24;

  private WrappedTable() {}

  /**
   * The table of {@code headers} and {@code rows} (each as long as the headers) at {@code width}.
   */
  public static String render(String[] headers, List<String[]> cells, int width) {
    List<String[]> rows = cells.stream().map(WrappedTable::flat).toList();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, false, StandardCharsets.UTF_8);
    int[] widths = widths(headers, rows);
    int indent = 0;
    for (int c = 0; c < widths.length - 1; c++) {
      indent += widths[c] + 2;
    }
    int last = widths.length - 1;
    int room = (int) Math.min(widths[last], (long) width - indent);
    if (room < Math.min(widths[last], MIN_LAST)) {
      RecordBlocks.rows(out, headers, rows, width);
    } else {
      widths[last] = room;
      RowOutput.line(out, headers, widths);
      for (String[] row : rows) {
        wrapped(out, row, widths, indent);
      }
    }
    out.flush();
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /** A copy of {@code row} on one line each: line breaks and tabs become spaces. */
  private static String[] flat(String[] row) {
    String[] flat = new String[row.length];
    for (int c = 0; c < row.length; c++) {
      flat[c] = row[c].replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
    }
    return flat;
  }

  private static int[] widths(String[] headers, List<String[]> rows) {
    int[] widths = new int[headers.length];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = headers[c].length();
      for (String[] row : rows) {
        widths[c] = Math.max(widths[c], row[c].length());
      }
    }
    return widths;
  }

  private static void wrapped(PrintStream out, String[] cells, int[] widths, int indent) {
    int last = cells.length - 1;
    List<String> lines = WordWrap.wrap(cells[last], widths[last], widths[last]);
    cells[last] = lines.get(0);
    RowOutput.line(out, cells, widths);
    for (int i = 1; i < lines.size(); i++) {
      out.println(" ".repeat(indent) + lines.get(i));
    }
  }
}
