package org.portreg.diff;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.portreg.model.Registry;
import org.portreg.model.ServiceRecord;

/**
 * Pairs the records of two versions: equal records first (as multisets), then by key: service name,
 * transport and port; port, transport and assignee (renames); service name and transport (port
 * moves). Within a key, a newer record takes the older candidate with the fewest differing fields.
 * Not thread-safe: one per comparison.
 */
final class RecordMatcher {
  /** How far the aligned walk looks ahead for an equal record before giving up on a pair. */
  private static final int LOOK_AHEAD = 8;

  private final List<ServiceRecord> older;
  private final List<ServiceRecord> newer;
  private final int[] newOf;
  private final int[] oldOf;
  private final RecordChange.Kind[] kindOf;
  private final String[] olderTexts;
  private final String[] newerTexts;

  private RecordMatcher(Registry olderRegistry, Registry newerRegistry) {
    this.older = olderRegistry.records();
    this.newer = newerRegistry.records();
    String format = RecordTexts.commonFormat(olderRegistry, newerRegistry);
    olderTexts = RecordTexts.of(olderRegistry, format);
    newerTexts = RecordTexts.of(newerRegistry, format);
    newOf = new int[older.size()];
    oldOf = new int[newer.size()];
    kindOf = new RecordChange.Kind[newer.size()];
    Arrays.fill(newOf, -1);
    Arrays.fill(oldOf, -1);
  }

  /** Matches the records of the two versions in every pass. */
  static RecordMatcher match(Registry older, Registry newer) {
    RecordMatcher matcher = new RecordMatcher(older, newer);
    matcher.matchAligned();
    matcher.matchRestExactly();
    matcher.matchByKey(RecordChange.Kind.MODIFIED, RecordMatcher::nameKey);
    matcher.matchByKey(RecordChange.Kind.RENAMED, RecordMatcher::assigneeKey);
    matcher.matchByKey(RecordChange.Kind.MOVED, RecordMatcher::movedKey);
    return matcher;
  }

  /** The newer index paired with older record {@code i}, or -1. */
  int newOf(int i) {
    return newOf[i];
  }

  /** The older index paired with newer record {@code j}, or -1. */
  int oldOf(int j) {
    return oldOf[j];
  }

  /** How newer record {@code j} was paired; null when it equals its older record or is unpaired. */
  RecordChange.Kind kindOf(int j) {
    return kindOf[j];
  }

  /** Walks both lists in step, so that the common case (few edits) needs no hashing at all. */
  private void matchAligned() {
    int i = 0;
    int j = 0;
    while (i < older.size() && j < newer.size()) {
      if (same(i, j)) {
        pair(i++, j++, null);
        continue;
      }
      int skipNew = lookAheadInNewer(i, j);
      int skipOld = lookAheadInOlder(i, j);
      if (skipNew > 0 && (skipOld < 0 || skipNew <= skipOld)) {
        j += skipNew;
      } else if (skipOld > 0) {
        i += skipOld;
      } else {
        i++;
        j++;
      }
    }
  }

  /** Whether older record {@code i} equals newer record {@code j}: same text, or same value. */
  private boolean same(int i, int j) {
    String a = olderTexts[i];
    String b = newerTexts[j];
    if (a != null && b != null && a.equals(b)) {
      return true;
    }
    return older.get(i).equals(newer.get(j));
  }

  /** How far after {@code j} a newer record equals older record {@code i}, or -1. */
  private int lookAheadInNewer(int i, int j) {
    int end = Math.min(newer.size(), j + LOOK_AHEAD + 1);
    for (int k = j + 1; k < end; k++) {
      if (same(i, k)) {
        return k - j;
      }
    }
    return -1;
  }

  /** How far after {@code i} an older record equals newer record {@code j}, or -1. */
  private int lookAheadInOlder(int i, int j) {
    int end = Math.min(older.size(), i + LOOK_AHEAD + 1);
    for (int k = i + 1; k < end; k++) {
      if (same(k, j)) {
        return k - i;
      }
    }
    return -1;
  }

  /** Pairs the equal records the aligned walk missed (moved within the registry, duplicates). */
  private void matchRestExactly() {
    Map<ServiceRecord, ArrayDeque<Integer>> unpaired = new HashMap<>();
    for (int i = 0; i < older.size(); i++) {
      if (newOf[i] < 0) {
        unpaired.computeIfAbsent(older.get(i), k -> new ArrayDeque<>(1)).add(i);
      }
    }
    for (int j = 0; j < newer.size() && !unpaired.isEmpty(); j++) {
      ArrayDeque<Integer> same = oldOf[j] < 0 ? unpaired.get(newer.get(j)) : null;
      if (same != null && !same.isEmpty()) {
        pair(same.poll(), j, null);
      }
    }
  }

  private void matchByKey(RecordChange.Kind kind, Function<ServiceRecord, Object> key) {
    Map<Object, List<Integer>> candidates = new HashMap<>();
    for (int i = 0; i < older.size(); i++) {
      Object k = newOf[i] < 0 ? key.apply(older.get(i)) : null;
      if (k != null) {
        candidates.computeIfAbsent(k, x -> new ArrayList<>(1)).add(i);
      }
    }
    for (int j = 0; j < newer.size() && !candidates.isEmpty(); j++) {
      Object k = oldOf[j] < 0 ? key.apply(newer.get(j)) : null;
      List<Integer> same = k == null ? null : candidates.get(k);
      if (same != null && !same.isEmpty()) {
        pair(same.remove(closest(same, newer.get(j))), j, kind);
      }
    }
  }

  /** The position in {@code candidates} of the older record most like {@code record}. */
  private int closest(List<Integer> candidates, ServiceRecord record) {
    int best = 0;
    int fewest = Integer.MAX_VALUE;
    for (int c = 0; c < candidates.size() && fewest > 1; c++) {
      int differences = RecordField.countDifferences(older.get(candidates.get(c)), record, fewest);
      if (differences < fewest) {
        fewest = differences;
        best = c;
      }
    }
    return best;
  }

  private void pair(int i, int j, RecordChange.Kind kind) {
    newOf[i] = j;
    oldOf[j] = i;
    kindOf[j] = kind;
  }

  private static String folded(ServiceRecord r) {
    return r.serviceName().map(n -> n.toLowerCase(Locale.ROOT)).orElse(null);
  }

  // The keys are lists, not records: a record's generated equals and hashCode link method handles
  // on their first call, a cost every cold diff paid (about 13 ms of a 190 ms command).

  private static Object nameKey(ServiceRecord r) {
    int first = r.number().map(n -> n.first()).orElse(-1);
    int last = r.number().map(n -> n.last()).orElse(-1);
    return Arrays.asList(folded(r), r.protocol().orElse(null), first, last);
  }

  /** Only named records with a port and an assignee can be renamed. */
  private static Object assigneeKey(ServiceRecord r) {
    if (r.serviceName().isEmpty() || r.number().isEmpty() || r.assigneeIds().isEmpty()) {
      return null;
    }
    var n = r.number().get();
    return Arrays.asList(r.protocol().orElse(null), n.first(), n.last(), r.assigneeIds());
  }

  /** Only named records can move. */
  private static Object movedKey(ServiceRecord r) {
    return r.serviceName().isEmpty() ? null : Arrays.asList(folded(r), r.protocol().orElse(null));
  }
}
