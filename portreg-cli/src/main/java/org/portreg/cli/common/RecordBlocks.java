package org.portreg.cli.common;

import java.io.PrintStream;
import java.util.List;
import org.portreg.format.RecordColumns;

/**
 * Records one block each, for a terminal too narrow for the table: {@code name port/transport
 * status} on the first line, then each non-empty field of IANA's twelve (description onwards) on
 * its own labelled, word-wrapped lines, indented; a blank line between blocks. Also rows of any
 * other table ({@link #rows}). Written without lambdas: the {@code lookup} fast path uses it.
 */
final class RecordBlocks {
  private static final String[] LABELS = RecordColumns.HEADERS.toArray(new String[0]);
  private static final int FIRST_FIELD = 3;
  private static final String INDENT = "  ";
  private static final String MORE = "    ";

  private RecordBlocks() {}

  /** Prints {@code rows} as record blocks no wider than {@code width}. */
  static void records(PrintStream out, List<Row> rows, int width) {
    for (int r = 0; r < rows.size(); r++) {
      if (r > 0) {
        out.println();
      }
      Row row = rows.get(r);
      String[] columns = row.columns();
      first(out, title(columns, row.status()), width);
      for (int c = FIRST_FIELD; c < columns.length; c++) {
        field(out, LABELS[c], columns[c], width);
      }
    }
  }

  /** {@code name port/transport status}, the parts an empty name or port leaves out. */
  private static String title(String[] columns, String status) {
    StringBuilder title = new StringBuilder(columns[0]);
    String port = columns[1] + (columns[2].isEmpty() ? "" : "/" + columns[2]);
    if (!port.isEmpty() && !"/".equals(port)) {
      title.append(title.length() > 0 ? "  " : "").append(port);
    }
    return title.append(title.length() > 0 ? "  " : "").append(status).toString();
  }

  /**
   * Prints {@code rows} of a table one block each: the first two cells on the first line, then
   * {@code Header: value} for each other non-empty cell.
   */
  static void rows(PrintStream out, String[] headers, List<String[]> rows, int width) {
    for (int r = 0; r < rows.size(); r++) {
      if (r > 0) {
        out.println();
      }
      String[] cells = rows.get(r);
      first(out, cells[0] + (cells.length > 1 ? "  " + cells[1] : ""), width);
      for (int c = 2; c < cells.length; c++) {
        field(out, headers[c], cells[c], width);
      }
    }
  }

  private static void first(PrintStream out, String title, int width) {
    if (title.length() <= width) {
      out.println(title);
      return;
    }
    List<String> lines = WordWrap.wrap(title, width, Math.max(1, width - MORE.length()));
    for (int i = 0; i < lines.size(); i++) {
      out.println(i == 0 ? lines.get(i) : MORE + lines.get(i));
    }
  }

  /**
   * {@code Label: value} wrapped: the value starts beside the label when its first word fits there,
   * else on the next line; continuation lines are indented four.
   */
  private static void field(PrintStream out, String label, String value, int width) {
    if (value.isEmpty()) {
      return;
    }
    String head = INDENT + label + ":";
    int room = Math.max(1, width - head.length() - 1);
    int rest = Math.max(1, width - MORE.length());
    if (room < firstWord(value).length()) {
      out.println(head);
      for (String line : WordWrap.wrap(value, rest, rest)) {
        out.println(MORE + line);
      }
      return;
    }
    List<String> lines = WordWrap.wrap(value, room, rest);
    out.println(head + " " + lines.get(0));
    for (int i = 1; i < lines.size(); i++) {
      out.println(MORE + lines.get(i));
    }
  }

  private static String firstWord(String value) {
    String text = value.strip();
    int end = 0;
    while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
      end++;
    }
    return text.substring(0, end);
  }
}
