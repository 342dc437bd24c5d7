package org.portreg.diff;

import java.util.Arrays;
import java.util.List;

/**
 * Where a removal goes in a whole diff computed from the unshared parts ({@link UnsharedDiff}):
 * after the newer counterpart of the nearest paired older entry before it. That entry is shared
 * (every older index not among the unshared ones; the k-th shared entry of the older version is the
 * k-th of the newer) or an unshared entry paired with a changed one. Immutable.
 */
final class Anchors {
  private final int[] oldUnshared;
  private final int[] newUnshared;
  private final int[] pairedOld;
  private final int[] pairedNew;

  private Anchors(int[] oldUnshared, int[] newUnshared, int[] pairedOld, int[] pairedNew) {
    this.oldUnshared = oldUnshared;
    this.newUnshared = newUnshared;
    this.pairedOld = pairedOld;
    this.pairedNew = pairedNew;
  }

  /**
   * The anchors of two versions whose unshared entries are at {@code oldUnshared} and {@code
   * newUnshared} (whole indices, ascending) and whose unshared pairs are {@code pairs} ({older,
   * newer} whole indices, any order).
   */
  static Anchors of(int[] oldUnshared, int[] newUnshared, List<int[]> pairs) {
    int[][] sorted = pairs.toArray(new int[0][]);
    Arrays.sort(sorted, (p, q) -> Integer.compare(p[0], q[0]));
    int[] pairedOld = new int[sorted.length];
    int[] pairedNew = new int[sorted.length];
    for (int k = 0; k < sorted.length; k++) {
      pairedOld[k] = sorted[k][0];
      pairedNew[k] = sorted[k][1];
    }
    return new Anchors(oldUnshared, newUnshared, pairedOld, pairedNew);
  }

  /** The newer index after which a removal of older entry {@code removed} goes, or -1. */
  int of(int removed) {
    int shared = removed - 1;
    while (shared >= 0 && Arrays.binarySearch(oldUnshared, shared) >= 0) {
      shared--;
    }
    int pair = lessThan(pairedOld, removed) - 1;
    if (pair >= 0 && pairedOld[pair] > shared) {
      return pairedNew[pair];
    }
    return shared < 0 ? -1 : sharedInNewer(shared);
  }

  /** The newer index of the shared entry at older index {@code old}. */
  private int sharedInNewer(int old) {
    int rank = old - lessThan(oldUnshared, old);
    int at = rank;
    for (int unshared : newUnshared) {
      if (unshared > at) {
        break;
      }
      at++;
    }
    return at;
  }

  /** How many of {@code sorted} are less than {@code value}. */
  private static int lessThan(int[] sorted, int value) {
    int low = 0;
    int high = sorted.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (sorted[mid] < value) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }
}
