package org.portreg.reconcile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.portreg.format.RecordColumns;

/**
 * Splits a free text that plain-text excerpts merged from adjacent cells: with the cell borders
 * gone, a Description directly followed by Assignment Notes, or Unauthorized Use Reported followed
 * by Assignment Notes, reads as one text. When the record's texts of two or three free-text
 * columns, joined by a space, equal the excerpt's text, and the excerpt shows nothing in the other
 * columns, the text is split back. Stateless.
 */
final class MergedText {
  private static final int[] TEXT_COLUMNS = {
    RecordColumns.DESCRIPTION, RecordColumns.UNAUTHORIZED, RecordColumns.NOTES
  };

  private MergedText() {}

  /** Splits the first merged text found in {@code shown} (modified in place), if any. */
  static Optional<ResolvedAmbiguity> split(String[] shown, List<String> record) {
    for (int column : TEXT_COLUMNS) {
      if (!shown[column].isEmpty() && !shown[column].equals(record.get(column))) {
        Optional<ResolvedAmbiguity> found = split(shown, record, column);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<ResolvedAmbiguity> split(String[] shown, List<String> record, int at) {
    for (int subset = 1; subset < 1 << TEXT_COLUMNS.length; subset++) {
      List<Integer> columns = columns(subset);
      if (columns.size() > 1
          && fits(shown, at, columns)
          && joined(record, columns).equals(shown[at])) {
        String value = shown[at];
        shown[at] = "";
        columns.forEach(c -> shown[c] = record.get(c));
        return Optional.of(new ResolvedAmbiguity(value, header(at), headers(record, columns)));
      }
    }
    return Optional.empty();
  }

  private static List<Integer> columns(int subset) {
    List<Integer> columns = new ArrayList<>();
    for (int i = 0; i < TEXT_COLUMNS.length; i++) {
      if ((subset & (1 << i)) != 0) {
        columns.add(TEXT_COLUMNS[i]);
      }
    }
    return columns;
  }

  /** The excerpt shows nothing in the columns, apart from the merged text's own. */
  private static boolean fits(String[] shown, int at, List<Integer> columns) {
    return columns.stream().allMatch(c -> c == at || shown[c].isEmpty());
  }

  private static String joined(List<String> record, List<Integer> columns) {
    return String.join(" ", columns.stream().map(record::get).filter(v -> !v.isEmpty()).toList());
  }

  private static String headers(List<String> record, List<Integer> columns) {
    return String.join(
        " + ",
        columns.stream().filter(c -> !record.get(c).isEmpty()).map(MergedText::header).toList());
  }

  private static String header(int column) {
    return RecordColumns.HEADERS.get(column);
  }
}
