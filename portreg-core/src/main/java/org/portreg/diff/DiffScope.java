package org.portreg.diff;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.portreg.model.ServiceRecord;

/**
 * A diff restricted to some records, such as those a search matches: what a watch on a query sees.
 * Stateless.
 */
public final class DiffScope {
  private DiffScope() {}

  /**
   * The record changes of {@code diff} that involve a record {@code concerns} accepts (before or
   * after, a split record or any of its parts); the header and people changes are left out. The
   * record counts stay those of the whole versions.
   */
  public static Diff restrict(Diff diff, Predicate<ServiceRecord> concerns) {
    Objects.requireNonNull(concerns, "concerns");
    List<RecordChange> kept =
        diff.records().stream().filter(c -> records(c).stream().anyMatch(concerns)).toList();
    return new Diff(
        diff.olderUpdated(),
        diff.newerUpdated(),
        diff.olderRecordCount(),
        diff.newerRecordCount(),
        List.of(),
        kept,
        List.of());
  }

  private static List<ServiceRecord> records(RecordChange change) {
    if (change instanceof RecordChange.Added a) {
      return List.of(a.record());
    }
    if (change instanceof RecordChange.Removed r) {
      return List.of(r.record());
    }
    if (change instanceof RecordChange.Changed c) {
      return List.of(c.before(), c.after());
    }
    RecordChange.Split s = (RecordChange.Split) change;
    List<ServiceRecord> all = new java.util.ArrayList<>(s.parts());
    all.add(s.removed());
    return all;
  }
}
