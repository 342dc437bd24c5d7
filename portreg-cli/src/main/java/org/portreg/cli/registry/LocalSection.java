package org.portreg.cli.registry;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.portreg.cli.common.Row;
import org.portreg.cli.common.RowOutput;
import org.portreg.format.RecordColumns;
import org.portreg.local.AssignmentWriter;
import org.portreg.local.LocalAssignment;
import org.portreg.local.LocalColumns;

/**
 * How {@code lookup} and {@code search} show the local assignments that match beside IANA's
 * records, each marked as local in every format: a table of its own under a heading after IANA's
 * rows; in CSV a 13th column, {@code Source} ({@code IANA} or {@code local}), as {@code convert
 * --with-local} writes it; in JSON an object with {@code "source": "local"} (IANA's records keep
 * their shape and carry no {@code source}). With no local match, every format is exactly IANA's.
 * Written without lambdas: the cold paths use it. Stateless.
 */
final class LocalSection {
  /** The heading of the local table. */
  static final String HEADING = "Local assignments (portreg local; not in IANA's registry)";

  private static final String[] HEADERS = {
    "Name", "Ports", "Proto", "Owner", "Scope", "Since", "Expires", "Description"
  };

  private LocalSection() {}

  /** The local table under its heading, after a blank line when {@code afterIana}. */
  static void table(PrintStream out, List<LocalAssignment> local, int width, boolean afterIana) {
    if (local.isEmpty()) {
      return;
    }
    if (afterIana) {
      out.println();
    }
    out.println(HEADING);
    List<String[]> rows = new ArrayList<>(local.size());
    for (LocalAssignment a : local) {
      rows.add(
          new String[] {
            a.name(),
            LocalColumns.ports(a),
            LocalColumns.transportsText(a),
            a.owner(),
            a.scope().word(),
            a.since().isPresent() ? a.since().get().toString() : "",
            a.expires().isPresent() ? a.expires().get().toString() : "",
            LocalColumns.oneLine(a.description())
          });
    }
    RowOutput.columns(out, HEADERS, rows, width);
  }

  /**
   * IANA's CSV of {@code iana}; with local matches, every row gets a {@code Source} column and the
   * local rows (one per transport) follow.
   */
  static void csv(PrintStream out, List<Row> iana, List<LocalAssignment> local) {
    if (local.isEmpty()) {
      RowOutput.csv(out, iana);
      return;
    }
    List<String> header = new ArrayList<>(RecordColumns.HEADERS);
    header.add("Source");
    line(out, header.toArray(new String[0]), null);
    for (Row row : iana) {
      line(out, row.columns(), "IANA");
    }
    for (LocalAssignment a : local) {
      for (String[] columns : LocalColumns.rows(a)) {
        line(out, columns, LocalColumns.SOURCE);
      }
    }
  }

  private static void line(PrintStream out, String[] cells, String source) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < cells.length; c++) {
      line.append(c == 0 ? "" : ",").append(RowOutput.csvCell(cells[c]));
    }
    if (source != null) {
      line.append(',').append(source);
    }
    out.print(line.append("\r\n"));
  }

  /** The local entries as rows whose JSON is the marked local object, for a JSON array. */
  static List<Row> jsonRows(List<LocalAssignment> local) {
    List<Row> rows = new ArrayList<>(local.size());
    for (LocalAssignment a : local) {
      rows.add(new Row(LocalColumns.of(a, null), "local", AssignmentWriter.markedJson(a)));
    }
    return rows;
  }
}
