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
  private static final String[] JSON_KEYS = {
    "serviceName",
    "portNumber",
    "transportProtocol",
    "description",
    "assignee",
    "contact",
    "registrationDate",
    "modificationDate",
    "reference",
    "serviceCode",
    "unauthorizedUseReported",
    "assignmentNotes"
  };
  private static final String[] TABLE_HEADERS = {
    "Service", "Port", "Proto", "Status", "Description"
  };
  private static final int[] TABLE_COLUMNS = {0, 1, 2, -1, 3};
  private static final int[] MAX_WIDTH = {16, 11, 5, 12, Integer.MAX_VALUE};

  private RowOutput() {}

  /** The terminal width: {@code COLUMNS} when it is a number of at least 40, else 100. */
  public static int terminalWidth(String columns) {
    if (columns != null && columns.matches("\\d{2,4}")) {
      int width = Integer.parseInt(columns);
      return width >= 40 ? width : 100;
    }
    return 100;
  }

  /** Prints {@code rows} as a table no wider than {@code width}, with a header line. */
  public static void table(PrintStream out, List<Row> rows, int width) {
    int[] widths = widths(rows, width);
    line(out, TABLE_HEADERS, widths);
    String[] cells = new String[TABLE_HEADERS.length];
    for (Row row : rows) {
      for (int c = 0; c < cells.length; c++) {
        int source = TABLE_COLUMNS[c];
        cells[c] = source < 0 ? row.status() : row.columns()[source];
      }
      line(out, cells, widths);
    }
  }

  /** Natural widths capped per column; the description takes what is left of the line. */
  private static int[] widths(List<Row> rows, int width) {
    int[] widths = new int[TABLE_HEADERS.length];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = TABLE_HEADERS[c].length();
      for (Row row : rows) {
        int source = TABLE_COLUMNS[c];
        String cell = source < 0 ? row.status() : row.columns()[source];
        widths[c] = Math.min(MAX_WIDTH[c], Math.max(widths[c], flat(cell).length()));
      }
    }
    int used = 0;
    for (int c = 0; c < widths.length - 1; c++) {
      used += widths[c] + 2;
    }
    widths[widths.length - 1] = Math.max(10, Math.min(widths[widths.length - 1], width - used));
    return widths;
  }

  /** Prints {@code headers} and {@code rows} in columns as wide as their widest cell. */
  public static void columns(PrintStream out, String[] headers, List<String[]> rows) {
    int[] widths = new int[headers.length];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = headers[c].length();
      for (String[] row : rows) {
        widths[c] = Math.max(widths[c], row[c].length());
      }
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
      String cell = fit(flat(cells[c]), widths[c]);
      line.append(cell);
      if (c < cells.length - 1) {
        line.append(" ".repeat(widths[c] - cell.length() + 2));
      }
    }
    out.println(line.toString().stripTrailing());
  }

  private static String fit(String cell, int width) {
    return cell.length() <= width ? cell : cell.substring(0, width - 1) + "\u2026";
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

  /** Appends {@code row} as a JSON object: the twelve columns and the status. */
  private static void json(StringBuilder out, Row row) {
    out.append('{');
    for (int c = 0; c < JSON_KEYS.length; c++) {
      out.append('"').append(JSON_KEYS[c]).append("\":");
      jsonString(out, row.columns()[c]);
      out.append(',');
    }
    out.append("\"status\":");
    jsonString(out, row.status());
    out.append('}');
  }

  /** Appends {@code rows} as a JSON array, one row per line. */
  public static void jsonRows(StringBuilder out, List<Row> rows) {
    out.append('[');
    for (int i = 0; i < rows.size(); i++) {
      out.append(i == 0 ? "\n  " : ",\n  ");
      json(out, rows.get(i));
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
