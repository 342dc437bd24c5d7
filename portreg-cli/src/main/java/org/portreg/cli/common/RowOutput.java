package org.portreg.cli.common;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.portreg.format.RecordColumns;

/**
 * Prints rows as a table fitted to the terminal width, as JSON or as IANA's CSV. Written without
 * lambdas or reflection: the {@code lookup} fast path uses it in a cold JVM.
 */
public final class RowOutput {
  private static final String[] CSV_HEADERS = RecordColumns.HEADERS.toArray(new String[0]);
  private static final String[] TABLE_HEADERS = {
    "Service", "Port", "Proto", "Status", "Description"
  };
  private static final int[] TABLE_COLUMNS = {0, 1, 2, -1, 3};

  /** The narrowest description column of a table; a terminal narrower gets record blocks. */
  static final int MIN_DESCRIPTION = 24;

  private RowOutput() {}

  /**
   * Prints {@code rows} as a table no wider than {@code width}, with a header line: the service,
   * port, transport and status at their widest cell, the description word-wrapped in what is left.
   * When that leaves less than {@link #MIN_DESCRIPTION} columns, prints one block per record
   * instead ({@link RecordBlocks}): no header or word is ever cut to fit.
   */
  public static void table(PrintStream out, List<Row> rows, int width) {
    int[] widths = widths(rows);
    int used = 0;
    for (int c = 0; c < widths.length - 1; c++) {
      used += widths[c] + 2;
    }
    int last = widths.length - 1;
    int description = (int) Math.min(widths[last], (long) width - used);
    if (description < Math.min(widths[last], MIN_DESCRIPTION)) {
      RecordBlocks.records(out, rows, width);
      return;
    }
    widths[last] = description;
    line(out, TABLE_HEADERS, widths);
    String[] cells = new String[TABLE_HEADERS.length];
    for (Row row : rows) {
      for (int c = 0; c < cells.length; c++) {
        cells[c] = cell(row, c);
      }
      wrappedLine(out, cells, widths, used);
    }
  }

  private static String cell(Row row, int column) {
    int source = TABLE_COLUMNS[column];
    return flat(source < 0 ? row.status() : row.columns()[source]);
  }

  /** Each column's widest cell (or header). */
  private static int[] widths(List<Row> rows) {
    int[] widths = new int[TABLE_HEADERS.length];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = TABLE_HEADERS[c].length();
      for (Row row : rows) {
        widths[c] = Math.max(widths[c], cell(row, c).length());
      }
    }
    return widths;
  }

  /** One row whose last cell wraps onto lines of its own, indented to its column. */
  private static void wrappedLine(PrintStream out, String[] cells, int[] widths, int indent) {
    int last = cells.length - 1;
    List<String> lines = WordWrap.wrap(cells[last], widths[last], widths[last]);
    cells[last] = lines.get(0);
    line(out, cells, widths);
    for (int i = 1; i < lines.size(); i++) {
      out.println(" ".repeat(indent) + lines.get(i));
    }
  }

  /**
   * Prints {@code headers} and {@code rows} in columns as wide as their widest cell, or one block
   * per row when that is wider than {@code width}.
   */
  public static void columns(PrintStream out, String[] headers, List<String[]> rows, int width) {
    int[] widths = new int[headers.length];
    long total = 2L * (headers.length - 1);
    for (int c = 0; c < widths.length; c++) {
      widths[c] = headers[c].length();
      for (String[] row : rows) {
        widths[c] = Math.max(widths[c], flat(row[c]).length());
      }
      total += widths[c];
    }
    if (total > width) {
      RecordBlocks.rows(out, headers, rows, width);
      return;
    }
    line(out, headers, widths);
    for (String[] row : rows) {
      line(out, row, widths);
    }
  }

  /** Prints one line of {@code cells}, each padded to its width. */
  public static void line(PrintStream out, String[] cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < cells.length; c++) {
      String cell = flat(cells[c]);
      line.append(cell);
      if (c < cells.length - 1) {
        line.append(" ".repeat(Math.max(0, widths[c] - cell.length()) + 2));
      }
    }
    out.println(line.toString().stripTrailing());
  }

  private static String flat(String cell) {
    return cell.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
  }

  /** Prints {@code rows} as IANA's CSV with its header, CRLF line ends. */
  public static void csv(PrintStream out, List<Row> rows) {
    csvLine(out, CSV_HEADERS);
    for (Row row : rows) {
      csvLine(out, row.columns());
    }
  }

  private static void csvLine(PrintStream out, String[] cells) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < cells.length; c++) {
      if (c > 0) {
        line.append(',');
      }
      line.append(csvCell(cells[c]));
    }
    out.print(line.append("\r\n"));
  }

  /** RFC 4180: quote a field holding a comma, quote, CR or LF; double the quotes inside. */
  public static String csvCell(String cell) {
    boolean quote =
        cell.indexOf(',') >= 0
            || cell.indexOf('"') >= 0
            || cell.indexOf('\n') >= 0
            || cell.indexOf('\r') >= 0;
    return quote ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
  }

  /**
   * Appends {@code rows} as a JSON array, one record per line, each the registry JSON format's
   * RECORD object (docs/json-format.md): the shape the HTTP API gives its records.
   */
  public static void jsonRows(StringBuilder out, List<Row> rows) {
    out.append('[');
    for (int i = 0; i < rows.size(); i++) {
      out.append(i == 0 ? "\n  " : ",\n  ");
      out.append(rows.get(i).json());
    }
    out.append(rows.isEmpty() ? "]" : "\n]");
  }

  /** Appends {@code value} as a JSON string. */
  public static void jsonString(StringBuilder out, String value) {
    out.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c < 0x20) {
        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    out.append('"');
  }
}
