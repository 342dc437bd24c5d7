package org.portreg.diff;

import java.util.Objects;
import org.portreg.model.Registry;

/**
 * Compares two registry versions. Records are matched in passes: equal records first (as multisets,
 * so duplicates and reordering are no changes), then by service name (compared case-insensitively),
 * transport and port; then by port, transport and assignee, which finds renames; then by service
 * name and transport, which finds port moves. An unnamed older record (Unassigned or Reserved)
 * whose ports are exactly covered by added records inside it becomes a {@link RecordChange.Split};
 * whatever is left is added or removed. People are matched by ID. Thread-safe and stateless; a
 * comparison of two full versions takes a few milliseconds.
 */
public final class RegistryDiff {
  private RegistryDiff() {}

  /**
   * The difference from {@code older} to {@code newer}; empty when their content is equal.
   *
   * @param older the older version, not null
   * @param newer the newer version, not null
   * @return the immutable diff, its changes in the newer version's registry order
   */
  public static Diff compare(Registry older, Registry newer) {
    Objects.requireNonNull(older, "older");
    Objects.requireNonNull(newer, "newer");
    return new Diff(
        older.header().updated(),
        newer.header().updated(),
        older.records().size(),
        newer.records().size(),
        HeaderDiff.compare(older, newer),
        RecordDiff.compare(older, newer),
        PeopleDiff.compare(older.people(), newer.people()));
  }
}
