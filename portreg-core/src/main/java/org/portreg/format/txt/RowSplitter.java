package org.portreg.format.txt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides which of the lines between two anchor lines belong to the row above and which to the row
 * below. A text browser centres every cell vertically, so a row of height H has its one-line cells
 * on line (H-1)/2: the row has as many lines above its anchor as below, or one fewer. Dynamic
 * programming over the rows picks the split with the best-centred, best-wrapped cells, where twin
 * rows (the tcp and udp rows of one service) read alike. Not thread-safe.
 */
final class RowSplitter {
  /** Weight of content evidence over the tie-breaker, the square of the row height. */
  private static final long CONTENT = 1000;

  /** A row as lines {@code top..bottom} (exclusive) around its anchor. */
  record Span(int top, int anchor, int bottom) {}

  /** The cost of two neighbouring rows reading differently where they should read alike. */
  interface Twins {
    int cost(Span upper, Span lower);
  }

  private final TextTable table;
  private final List<Integer> anchors;
  private final Twins twins;

  RowSplitter(TextTable table, List<Integer> anchors, Twins twins) {
    this.table = table;
    this.anchors = anchors;
    this.twins = twins;
  }

  /** For each row, how many lines above its anchor belong to it. */
  int[] split() {
    // one map per row from its state (lines above, lines below; see key) to the best total cost,
    // and one to the state of the row before on that best path
    List<Map<Long, Long>> cost = new ArrayList<>();
    List<Map<Long, Long>> from = new ArrayList<>();
    cost.add(new HashMap<>());
    from.add(new HashMap<>());
    int above = anchors.get(0);
    int[] range = belowRange(0, above);
    for (int below = range[0]; below <= range[1]; below++) {
      cost.get(0).put(key(above, below), rowCost(0, above, below));
      from.get(0).put(key(above, below), -1L);
    }
    for (int r = 1; r < anchors.size(); r++) {
      Map<Long, Long> next = new HashMap<>();
      Map<Long, Long> nextFrom = new HashMap<>();
      for (Map.Entry<Long, Long> state : cost.get(r - 1).entrySet()) {
        extend(r, state.getKey(), state.getValue(), next, nextFrom);
      }
      cost.add(next);
      from.add(nextFrom);
    }
    return backtrack(cost, from);
  }

  private void extend(int r, long previous, long base, Map<Long, Long> next, Map<Long, Long> from) {
    int above = gapBelow(r - 1) - below(previous);
    if (above < 0) {
      return;
    }
    Span upper = span(r - 1, above(previous), below(previous));
    int[] range = belowRange(r, above);
    for (int below = range[0]; below <= range[1]; below++) {
      Span lower = span(r, above, below);
      long total = base + rowCost(r, above, below) + CONTENT * twins.cost(upper, lower);
      long key = key(above, below);
      if (total < next.getOrDefault(key, Long.MAX_VALUE)) {
        next.put(key, total);
        from.put(key, previous);
      }
    }
  }

  /**
   * The last row takes every line after its anchor; the others as many lines below their anchor as
   * above it, or one more, as far as the gap allows (a shorter share is penalised, not refused, so
   * that text not laid out by a browser still reads).
   */
  private int[] belowRange(int r, int above) {
    int gap = gapBelow(r);
    if (r + 1 == anchors.size()) {
      return new int[] {gap, gap};
    }
    return new int[] {Math.min(above, gap), Math.min(above + 1, gap)};
  }

  private long rowCost(int r, int above, int below) {
    Span s = span(r, above, below);
    int height = s.bottom() - s.top();
    boolean last = r + 1 == anchors.size();
    long shape = last ? 0 : TextTable.shapePenalty(above, below);
    return shape + CONTENT * table.rowCost(s.top(), s.bottom()) + (long) height * height;
  }

  private Span span(int r, int above, int below) {
    int anchor = anchors.get(r);
    return new Span(anchor - above, anchor, anchor + below + 1);
  }

  private int gapBelow(int r) {
    int end = r + 1 < anchors.size() ? anchors.get(r + 1) : table.size();
    return end - anchors.get(r) - 1;
  }

  private int[] backtrack(List<Map<Long, Long>> cost, List<Map<Long, Long>> from) {
    int n = anchors.size();
    int[] above = new int[n];
    long state =
        cost.get(n - 1).entrySet().stream()
            .min(Map.Entry.comparingByValue())
            .orElseThrow()
            .getKey();
    for (int r = n - 1; r >= 0; r--) {
      above[r] = above(state);
      state = from.get(r).get(state);
    }
    return above;
  }

  private static long key(int above, int below) {
    return above * 1_000_000L + below;
  }

  private static int above(long key) {
    return (int) (key / 1_000_000L);
  }

  private static int below(long key) {
    return (int) (key % 1_000_000L);
  }
}
