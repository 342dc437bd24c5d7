package org.portreg.format.excerpt;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.portreg.format.RecordColumns;

/**
 * Puts the non-empty values of a row back into their columns. Every assignment that keeps the
 * values in order and obeys the registry rules is enumerated (rows have at most twelve values and
 * few candidates each); the preferred one is chosen, and a value that lands in different columns in
 * different valid assignments becomes an {@link Ambiguity}. Stateless.
 *
 * <p>Rules: the first value is the port when it looks like one, else the service name; a Contact
 * needs an Assignee (the Assignee column falls back to the contacts); a service code needs the
 * transport {@code dccp}; free text right after the name, port or transport is the Description.
 */
final class ColumnAssigner {
  private static final int COLUMNS = RecordColumns.HEADERS.size();

  /** The outcome: the columns (or the index of the first value that fits nowhere). */
  record Assignment(List<String> columns, List<Ambiguity> ambiguities, int failedAt) {
    boolean failed() {
      return failedAt >= 0;
    }
  }

  private final List<Value> values;
  private final int[] current;
  private final List<int[]> found = new ArrayList<>();
  private int deepest;

  private ColumnAssigner(List<Value> values) {
    this.values = values;
    this.current = new int[values.size()];
  }

  static Assignment assign(List<Value> values) {
    ColumnAssigner assigner = new ColumnAssigner(values);
    assigner.search(0);
    return assigner.result();
  }

  private void search(int index) {
    deepest = Math.max(deepest, index);
    if (index == values.size()) {
      found.add(current.clone());
      return;
    }
    for (int column : candidates(index)) {
      if (allowed(index, column)) {
        current[index] = column;
        search(index + 1);
      }
    }
  }

  private List<Integer> candidates(int index) {
    Value value = values.get(index);
    if (index == 0) {
      return List.of(value.kind() == ValueKind.PORT ? RecordColumns.PORT : RecordColumns.NAME);
    }
    return value.kind().columns();
  }

  private boolean allowed(int index, int column) {
    int previous = index == 0 ? -1 : current[index - 1];
    if (column <= previous) {
      return false;
    }
    if (column == RecordColumns.CONTACT) {
      return previous == RecordColumns.ASSIGNEE;
    }
    if (column == RecordColumns.SERVICE_CODE) {
      return hasDccpBefore(index);
    }
    if (column == RecordColumns.UNAUTHORIZED || column == RecordColumns.NOTES) {
      return previous >= RecordColumns.DESCRIPTION;
    }
    return true;
  }

  private boolean hasDccpBefore(int index) {
    for (int i = 0; i < index; i++) {
      if (current[i] == RecordColumns.TRANSPORT && values.get(i).text().equals("dccp")) {
        return true;
      }
    }
    return false;
  }

  private Assignment result() {
    if (found.isEmpty()) {
      return new Assignment(List.of(), List.of(), Math.min(deepest, values.size() - 1));
    }
    int[] best = found.stream().min(this::compareByPreference).orElseThrow();
    String[] columns = new String[COLUMNS];
    Arrays.fill(columns, "");
    for (int i = 0; i < best.length; i++) {
      columns[best[i]] = values.get(i).text();
    }
    return new Assignment(List.of(columns), ambiguities(best), -1);
  }

  private List<Ambiguity> ambiguities(int[] best) {
    List<Ambiguity> result = new ArrayList<>();
    for (int i = 0; i < best.length; i++) {
      TreeSet<Integer> seen = new TreeSet<>();
      for (int[] option : found) {
        seen.add(option[i]);
      }
      if (seen.size() > 1) {
        result.add(new Ambiguity(values.get(i).text(), best[i], List.copyOf(seen)));
      }
    }
    return result;
  }

  private int compareByPreference(int[] a, int[] b) {
    for (int i = 0; i < a.length; i++) {
      int byRank = Integer.compare(rank(a[i]), rank(b[i]));
      if (byRank != 0) {
        return byRank;
      }
    }
    return 0;
  }

  /**
   * Lower is preferred. Columns rank by position, except that free text after the Description is
   * more often Assignment Notes than Unauthorized Use Reported (1,319 notes against 112 reports in
   * the registry), and a lone date more often a Registration Date (4,450 records have only
   * {@code @date}, 326 only {@code @updated}).
   */
  private static int rank(int column) {
    if (column == RecordColumns.NOTES) {
      return RecordColumns.UNAUTHORIZED;
    }
    return column == RecordColumns.UNAUTHORIZED ? RecordColumns.NOTES : column;
  }
}
