package org.portreg.diff;

import java.util.ArrayList;
import java.util.List;
import org.portreg.model.Registry;
import org.portreg.model.ServiceRecord;

/**
 * Turns the pairing of two record lists into ordered {@link RecordChange}s: the newer version's
 * registry order, each removal right after the newer counterpart of the nearest paired record
 * before it in the older version. Stateless.
 */
final class RecordDiff {
  private RecordDiff() {}

  /** The changes from {@code older} to {@code newer}, in order. */
  static List<RecordChange> compare(Registry olderRegistry, Registry newerRegistry) {
    List<ServiceRecord> older = olderRegistry.records();
    List<ServiceRecord> newer = newerRegistry.records();
    RecordMatcher matcher = RecordMatcher.match(olderRegistry, newerRegistry);
    List<RecordChange.Split> splits = SplitFinder.find(older, newer, matcher);
    boolean[] splitOld = new boolean[older.size()];
    boolean[] splitNew = new boolean[newer.size()];
    List<Placed<RecordChange>> placed = new ArrayList<>();
    for (RecordChange.Split split : splits) {
      splitOld[split.oldIndex()] = true;
      split.newIndices().forEach(j -> splitNew[j] = true);
      placed.add(new Placed<>(split.newIndices().get(0), 0, split.oldIndex(), split));
    }
    addNewerSide(older, newer, matcher, splitNew, placed);
    addRemovals(older, matcher, splitOld, placed);
    return List.copyOf(Placed.sorted(placed));
  }

  private static void addNewerSide(
      List<ServiceRecord> older,
      List<ServiceRecord> newer,
      RecordMatcher matcher,
      boolean[] splitNew,
      List<Placed<RecordChange>> placed) {
    for (int j = 0; j < newer.size(); j++) {
      int i = matcher.oldOf(j);
      if (i < 0 && !splitNew[j]) {
        placed.add(new Placed<>(j, 0, -1, new RecordChange.Added(newer.get(j), j)));
      } else if (i >= 0 && matcher.kindOf(j) != null) {
        ServiceRecord before = older.get(i);
        List<FieldChange> fields = RecordField.changes(before, newer.get(j));
        placed.add(new Placed<>(j, 0, i, changed(matcher, before, newer.get(j), i, j, fields)));
      }
    }
  }

  private static RecordChange changed(
      RecordMatcher matcher,
      ServiceRecord before,
      ServiceRecord after,
      int i,
      int j,
      List<FieldChange> fields) {
    return new RecordChange.Changed(matcher.kindOf(j), before, after, i, j, fields);
  }

  private static void addRemovals(
      List<ServiceRecord> older,
      RecordMatcher matcher,
      boolean[] splitOld,
      List<Placed<RecordChange>> placed) {
    int anchor = -1;
    for (int i = 0; i < older.size(); i++) {
      if (matcher.newOf(i) >= 0) {
        anchor = matcher.newOf(i);
      } else if (!splitOld[i]) {
        placed.add(new Placed<>(anchor, 1, i, new RecordChange.Removed(older.get(i), i)));
      }
    }
  }
}
