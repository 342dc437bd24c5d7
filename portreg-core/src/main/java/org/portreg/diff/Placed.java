package org.portreg.diff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A change with its place in a diff's output order: the newer version's position it goes at, then
 * whether it goes after what stands there (a removal, placed after the newer counterpart of the
 * nearest paired entry before it), then the older version's index among removals at one place.
 */
record Placed<T>(int position, int after, int oldIndex, T change) {
  /** The changes in output order. */
  static <T> List<T> sorted(List<Placed<T>> placed) {
    placed.sort(
        Comparator.<Placed<T>>comparingInt(Placed::position)
            .thenComparingInt(Placed::after)
            .thenComparingInt(Placed::oldIndex));
    List<T> changes = new ArrayList<>(placed.size());
    for (Placed<T> p : placed) {
      changes.add(p.change());
    }
    return changes;
  }
}
