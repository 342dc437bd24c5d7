package org.portreg.diff;

import java.util.ArrayList;
import java.util.List;

/**
 * A change with its place in a diff's output order: the newer version's position it goes at, then
 * whether it goes after what stands there (a removal, placed after the newer counterpart of the
 * nearest paired entry before it), then the older version's index among removals at one place.
 */
record Placed<T>(int position, int after, int oldIndex, T change) {
  /** The changes in output order. */
  static <T> List<T> sorted(List<Placed<T>> placed) {
    // One comparison of ours, not Comparator's combinators: their lambdas are made at run time in
    // every cold diff (the class-data sharing archive did not keep them).
    placed.sort(Placed::compare);
    List<T> changes = new ArrayList<>(placed.size());
    for (Placed<T> p : placed) {
      changes.add(p.change());
    }
    return changes;
  }

  private static int compare(Placed<?> a, Placed<?> b) {
    int c = Integer.compare(a.position, b.position);
    c = c != 0 ? c : Integer.compare(a.after, b.after);
    return c != 0 ? c : Integer.compare(a.oldIndex, b.oldIndex);
  }
}
