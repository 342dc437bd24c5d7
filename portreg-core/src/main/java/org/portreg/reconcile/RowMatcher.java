package org.portreg.reconcile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.portreg.format.RecordColumns;
import org.portreg.format.excerpt.Ambiguity;
import org.portreg.format.excerpt.ExcerptRow;
import org.portreg.model.Registry;
import org.portreg.model.ServiceRecord;

/**
 * Matches excerpt rows to registry records: by service name (case-insensitive), port and transport
 * first, then by the other fields among the candidates. Not thread-safe: one per reconciliation.
 */
final class RowMatcher {
  private final List<ServiceRecord> records;
  private final Map<String, List<Integer>> byName = new HashMap<>();
  private final Map<String, List<Integer>> byPort = new HashMap<>();
  private final Map<Integer, List<String>> columns = new HashMap<>();
  private final Set<Integer> used = new HashSet<>();

  /** Indexes the records by lower-case name and by port; columns are rendered on demand. */
  RowMatcher(Registry registry) {
    records = registry.records();
    for (int i = 0; i < records.size(); i++) {
      ServiceRecord r = records.get(i);
      int index = i;
      r.serviceName().ifPresent(n -> add(byName, n.toLowerCase(Locale.ROOT), index));
      r.number().ifPresent(n -> add(byPort, n.toString(), index));
    }
  }

  private static void add(Map<String, List<Integer>> index, String key, int record) {
    index.computeIfAbsent(key, k -> new ArrayList<>()).add(record);
  }

  /** The record's twelve columns as its page shows them, normalized for comparison. */
  private List<String> columns(int index) {
    return columns.computeIfAbsent(
        index, i -> RecordColumns.of(records.get(i)).stream().map(PageText::ofRegistry).toList());
  }

  RowReconciliation match(ExcerptRow row) {
    List<Integer> candidates = candidates(row, 3);
    if (candidates.isEmpty()) {
      candidates = candidates(row, 2);
    }
    RowReconciliation best = null;
    for (int index : candidates) {
      RowReconciliation option = compare(row, index);
      if (best == null || isBetter(option, best)) {
        best = option;
      }
    }
    if (best == null) {
      return new RowReconciliation(
          row, MatchStatus.NOT_FOUND, Optional.empty(), List.of(), List.of());
    }
    used.add(best.recordIndex().orElseThrow());
    return best;
  }

  private boolean isBetter(RowReconciliation option, RowReconciliation best) {
    int byDifferences = Integer.compare(option.differences().size(), best.differences().size());
    if (byDifferences != 0) {
      return byDifferences < 0;
    }
    return used.contains(best.recordIndex().orElseThrow())
        && !used.contains(option.recordIndex().orElseThrow());
  }

  /**
   * Records whose name, port and transport agree with the row on at least {@code keys} of the
   * three; with fewer than three, the name or the port must be one of them.
   */
  private List<Integer> candidates(ExcerptRow row, int keys) {
    String name = row.name().orElse("").toLowerCase(Locale.ROOT);
    String port = row.port().orElse("");
    String transport = row.transport().orElse("");
    Set<Integer> pool = new TreeSet<>();
    if (!name.isEmpty()) {
      pool.addAll(byName.getOrDefault(name, List.of()));
    }
    if (!port.isEmpty()) {
      pool.addAll(byPort.getOrDefault(port, List.of()));
    }
    List<Integer> found = new ArrayList<>();
    for (int i : pool) {
      List<String> c = columns(i);
      boolean sameName = c.get(RecordColumns.NAME).toLowerCase(Locale.ROOT).equals(name);
      boolean samePort = c.get(RecordColumns.PORT).equals(port);
      boolean sameTransport = c.get(RecordColumns.TRANSPORT).equals(transport);
      int agreeing = (sameName ? 1 : 0) + (samePort ? 1 : 0) + (sameTransport ? 1 : 0);
      boolean anchored = (sameName && !name.isEmpty()) || (samePort && !port.isEmpty());
      if (agreeing >= keys && anchored) {
        found.add(i);
      }
    }
    return found;
  }

  private RowReconciliation compare(ExcerptRow row, int index) {
    List<String> record = columns(index);
    String[] shown = row.columns().stream().map(PageText::ofExcerpt).toArray(String[]::new);
    List<ResolvedAmbiguity> resolved = new ArrayList<>();
    for (Ambiguity a : row.ambiguities()) {
      resolve(a, shown, record).ifPresent(resolved::add);
    }
    MergedText.split(shown, record).ifPresent(resolved::add);
    List<FieldDifference> differences = new ArrayList<>();
    for (int c = 0; c < shown.length; c++) {
      if (!shown[c].equals(record.get(c))) {
        differences.add(new FieldDifference(header(c), shown[c], record.get(c)));
      }
    }
    MatchStatus status = differences.isEmpty() ? MatchStatus.AGREES : MatchStatus.DIFFERS;
    return new RowReconciliation(row, status, Optional.of(index), differences, resolved);
  }

  /** Moves an ambiguous value to the candidate column where the record holds it, if any. */
  private static Optional<ResolvedAmbiguity> resolve(
      Ambiguity a, String[] shown, List<String> record) {
    String value = PageText.ofExcerpt(a.value());
    for (int candidate : a.candidates()) {
      if (record.get(candidate).equals(value) && isFree(shown, candidate, a.chosen())) {
        if (shown[a.chosen()].equals(value)) {
          shown[a.chosen()] = "";
        }
        shown[candidate] = value;
        return Optional.of(new ResolvedAmbiguity(a.value(), header(a.chosen()), header(candidate)));
      }
    }
    return Optional.empty();
  }

  private static boolean isFree(String[] shown, int candidate, int chosen) {
    return candidate == chosen || shown[candidate].isEmpty();
  }

  private static String header(int column) {
    return RecordColumns.HEADERS.get(column);
  }

  /** The person IDs the row shows, for checking the contact table. */
  static List<String> personIds(ExcerptRow row) {
    List<String> ids = new ArrayList<>();
    for (int column : new int[] {RecordColumns.ASSIGNEE, RecordColumns.CONTACT}) {
      row.value(column)
          .ifPresent(
              v ->
                  Arrays.stream(v.split("[\\[\\]\\s]+"))
                      .filter(s -> !s.isEmpty())
                      .forEach(ids::add));
    }
    return ids;
  }
}
