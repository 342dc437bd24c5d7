package org.portreg.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.portreg.format.RecordColumns;
import org.portreg.history.Change;
import org.portreg.history.FieldChange;
import org.portreg.model.ServiceRecord;

/**
 * Turns the record rows a history query selected into a change log. A row that ends where another
 * row of the same service (name, transport and port) begins is a change; a row with no predecessor
 * was added; one with no successor was removed. Not thread-safe: one per query.
 */
final class HistoryBuilder {
  /** A selected row: its validity (version ids), sort key and text. */
  record Row(int validFrom, Integer validTo, long sortKey, String body) {}

  private record Entry(Change change, long sortKey) {}

  private final Map<Integer, LocalDate> versionDates;

  HistoryBuilder(List<StoredVersion> versions) {
    this.versionDates = new HashMap<>();
    versions.forEach(v -> versionDates.put(v.id(), v.updated()));
  }

  /** With the date of every version by id. */
  HistoryBuilder(Map<Integer, LocalDate> versionDates) {
    this.versionDates = Map.copyOf(versionDates);
  }

  /** The change log of {@code rows}, oldest first, in registry order within a date. */
  List<Change> build(List<Row> rows) {
    List<ServiceRecord> records = parse(rows);
    Map<String, List<Integer>> byService = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      byService.computeIfAbsent(serviceKey(records.get(i)), k -> new ArrayList<>()).add(i);
    }
    List<Entry> entries = new ArrayList<>();
    byService.values().forEach(group -> entries.addAll(changesOf(group, rows, records)));
    entries.sort(
        Comparator.comparing((Entry e) -> e.change().date()).thenComparing(Entry::sortKey));
    return entries.stream().map(Entry::change).toList();
  }

  private List<Entry> changesOf(List<Integer> group, List<Row> rows, List<ServiceRecord> records) {
    List<Entry> entries = new ArrayList<>();
    Set<Integer> succeeded = new HashSet<>();
    for (int i : group) {
      Row row = rows.get(i);
      Optional<Integer> previous = predecessor(group, rows, row, succeeded);
      previous.ifPresent(succeeded::add);
      ServiceRecord after = records.get(i);
      Change change =
          previous
              .map(p -> changed(row, records.get(p), after))
              .orElseGet(() -> change(row.validFrom(), Change.Kind.ADDED, null, after));
      entries.add(new Entry(change, row.sortKey()));
    }
    for (int i : group) {
      Row row = rows.get(i);
      if (row.validTo() != null && !succeeded.contains(i)) {
        Change removed = change(row.validTo(), Change.Kind.REMOVED, records.get(i), null);
        entries.add(new Entry(removed, row.sortKey()));
      }
    }
    return entries;
  }

  private static Optional<Integer> predecessor(
      List<Integer> group, List<Row> rows, Row row, Set<Integer> succeeded) {
    return group.stream()
        .filter(p -> !succeeded.contains(p))
        .filter(p -> Integer.valueOf(row.validFrom()).equals(rows.get(p).validTo()))
        .findFirst();
  }

  private Change changed(Row row, ServiceRecord before, ServiceRecord after) {
    List<String> old = RecordColumns.of(before);
    List<String> now = RecordColumns.of(after);
    List<FieldChange> fields = new ArrayList<>();
    for (int c = 0; c < old.size(); c++) {
      if (!old.get(c).equals(now.get(c))) {
        fields.add(new FieldChange(RecordColumns.HEADERS.get(c), old.get(c), now.get(c)));
      }
    }
    return new Change(
        versionDates.get(row.validFrom()),
        Change.Kind.CHANGED,
        Optional.of(before),
        Optional.of(after),
        fields);
  }

  private Change change(int version, Change.Kind kind, ServiceRecord before, ServiceRecord after) {
    return new Change(
        versionDates.get(version),
        kind,
        Optional.ofNullable(before),
        Optional.ofNullable(after),
        List.of());
  }

  private static String serviceKey(ServiceRecord r) {
    return r.name().orElse("").toLowerCase(Locale.ROOT)
        + "|"
        + r.protocol().map(p -> p.token()).orElse("")
        + "|"
        + r.number().map(Object::toString).orElse("");
  }

  /** Parses every row's text; records come back in row order. */
  private static List<ServiceRecord> parse(List<Row> rows) {
    List<String> bodies = new ArrayList<>(rows.size());
    rows.forEach(r -> bodies.add(r.body()));
    return RecordBodies.parse(bodies, "store:history");
  }
}
