package org.portreg.store;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Plans how a new registry version changes the rows of the current one, keeping registry order
 * reconstructable for every version with one sort key per row.
 *
 * <p>A current row is kept when the new version has a part with exactly its text, and keeping it
 * does not break the order: of the matched rows, the longest run whose keys grow in the new
 * document's order is kept (a moved part becomes a closed row and a new one). New parts get keys
 * spread evenly between their kept neighbours; the first import spaces keys by {@code gap}. When
 * two neighbours leave no room, there is no plan and the caller renumbers every row first. Pure
 * functions, thread-safe.
 */
final class SortKeys {
  /** The spacing of keys at first import and after renumbering. */
  static final long DEFAULT_GAP = 1L << 32;

  private SortKeys() {}

  /**
   * The plan of a new version.
   *
   * @param keptRow for each new part, the index of the current row it keeps, or -1 for a new row
   * @param keys for each new part, its sort key (the kept row's key, or a fresh one)
   * @param closedRows the indexes of the current rows that the new version ends
   */
  record Plan(int[] keptRow, long[] keys, List<Integer> closedRows) {}

  /**
   * Plans the change from the current rows (their bodies and keys in key order) to {@code
   * newBodies}, or returns empty when some gap between neighbours is exhausted.
   */
  static Optional<Plan> plan(
      List<String> currentBodies, long[] currentKeys, List<String> newBodies, long gap) {
    int[] matched = match(currentBodies, newBodies);
    int[] kept = keepIncreasing(matched);
    long[] keys = new long[newBodies.size()];
    if (!assignKeys(kept, currentKeys, keys, gap)) {
      return Optional.empty();
    }
    boolean[] keptFlags = new boolean[currentBodies.size()];
    Arrays.stream(kept).filter(k -> k >= 0).forEach(k -> keptFlags[k] = true);
    List<Integer> closed = new ArrayList<>();
    for (int i = 0; i < keptFlags.length; i++) {
      if (!keptFlags[i]) {
        closed.add(i);
      }
    }
    return Optional.of(new Plan(kept, keys, closed));
  }

  /** For each new body, the first unused current row with the same text, or -1. */
  static int[] match(List<String> currentBodies, List<String> newBodies) {
    Map<String, Deque<Integer>> byBody = new HashMap<>();
    for (int i = 0; i < currentBodies.size(); i++) {
      byBody.computeIfAbsent(currentBodies.get(i), b -> new ArrayDeque<>(1)).add(i);
    }
    int[] matched = new int[newBodies.size()];
    for (int i = 0; i < matched.length; i++) {
      Deque<Integer> rows = byBody.get(newBodies.get(i));
      matched[i] = rows == null || rows.isEmpty() ? -1 : rows.pollFirst();
    }
    return matched;
  }

  /**
   * Keeps the longest strictly increasing subsequence of the matched rows (patience sorting, O(n
   * log n)) and unmatches the others.
   */
  static int[] keepIncreasing(int[] matched) {
    int[] tails = new int[matched.length];
    int[] previous = new int[matched.length];
    int length = 0;
    for (int i = 0; i < matched.length; i++) {
      if (matched[i] < 0) {
        continue;
      }
      int at = lowerBound(tails, length, matched, matched[i]);
      previous[i] = at > 0 ? tails[at - 1] : -1;
      tails[at] = i;
      length = Math.max(length, at + 1);
    }
    int[] kept = new int[matched.length];
    Arrays.fill(kept, -1);
    for (int i = length > 0 ? tails[length - 1] : -1; i >= 0; i = previous[i]) {
      kept[i] = matched[i];
    }
    return kept;
  }

  private static int lowerBound(int[] tails, int length, int[] matched, int row) {
    int low = 0;
    int high = length;
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (matched[tails[middle]] < row) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }

  /** Fills {@code keys}; false when a run of new parts does not fit between its neighbours. */
  private static boolean assignKeys(int[] kept, long[] currentKeys, long[] keys, long gap) {
    long low = 0;
    int i = 0;
    while (i < kept.length) {
      if (kept[i] >= 0) {
        low = keys[i] = currentKeys[kept[i]];
        i++;
        continue;
      }
      int end = i;
      while (end < kept.length && kept[end] < 0) {
        end++;
      }
      int run = end - i;
      long high = end < kept.length ? currentKeys[kept[end]] : low + gap * (run + 1L);
      long step = (high - low) / (run + 1L);
      if (step < 1) {
        return false;
      }
      for (int k = 0; k < run; k++) {
        keys[i + k] = low + step * (k + 1);
      }
      i = end;
    }
    return true;
  }
}
