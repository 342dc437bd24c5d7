package org.portreg.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.portreg.history.Change;

/**
 * The change log of some record rows, built as {@link Store#history} builds it from the rows its
 * query selected: for a copy of the store's rows kept elsewhere ({@link Store#recordRows()}).
 */
public final class RecordHistory {
  private RecordHistory() {}

  /**
   * The change log of {@code rows}, oldest first.
   *
   * @param versionDates the date of every stored version, by id
   * @param rows the rows a query selected ({@link RecordRow#matches}), ordered by the version they
   *     start in and then by their place, as the store reads them
   */
  public static List<Change> changes(Map<Integer, LocalDate> versionDates, List<RecordRow> rows) {
    List<HistoryBuilder.Row> selected = new ArrayList<>(rows.size());
    for (RecordRow r : rows) {
      selected.add(new HistoryBuilder.Row(r.validFrom(), r.validTo(), r.sortKey(), r.body()));
    }
    return new HistoryBuilder(versionDates).build(selected);
  }

  /** Every record row of the store, as {@link Store#recordRows()} returns them. */
  static List<RecordRow> rows(Connection c, Statements sql) throws SQLException {
    List<RecordRow> rows = new ArrayList<>();
    try (PreparedStatement select = c.prepareStatement(sql.get("select_record_rows"));
        ResultSet rs = select.executeQuery()) {
      while (rs.next()) {
        rows.add(
            new RecordRow(
                rs.getInt(1),
                nullableInt(rs, 2),
                rs.getLong(3),
                rs.getString(4),
                nullableInt(rs, 5),
                nullableInt(rs, 6),
                rs.getString(7),
                rs.getString(8)));
      }
    }
    return rows;
  }

  private static Integer nullableInt(ResultSet rs, int column) throws SQLException {
    int value = rs.getInt(column);
    return rs.wasNull() ? null : value;
  }
}
