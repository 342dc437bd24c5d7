package org.portreg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SortKeysTest {
  @Test
  void firstImportSpacesKeysByTheGap() {
    SortKeys.Plan plan = SortKeys.plan(List.of(), new long[0], List.of("a", "b", "c"), 10).get();

    assertThat(plan.keys()).containsExactly(10, 20, 30);
    assertThat(plan.keptRow()).containsExactly(-1, -1, -1);
    assertThat(plan.closedRows()).isEmpty();
  }

  @Test
  void insertsBetweenKeptNeighboursAndClosesWhatIsGone() {
    SortKeys.Plan plan =
        SortKeys.plan(
                List.of("a", "b", "c"), new long[] {10, 20, 30}, List.of("a", "x", "y", "c"), 10)
            .get();

    assertThat(plan.keptRow()).containsExactly(0, -1, -1, 2);
    assertThat(plan.keys()).containsExactly(10, 16, 22, 30);
    assertThat(plan.closedRows()).containsExactly(1);
  }

  @Test
  void aMovedPartFromTheEndToTheFrontIsTheOnlyRowReplaced() {
    SortKeys.Plan plan =
        SortKeys.plan(
                List.of("a", "b", "c", "d"),
                new long[] {10, 20, 30, 40},
                List.of("d", "a", "b", "c"),
                10)
            .get();

    assertThat(plan.keptRow()).containsExactly(-1, 0, 1, 2);
    assertThat(plan.keys()[0]).isBetween(1L, 9L);
    assertThat(plan.closedRows()).containsExactly(3);
  }

  @Test
  void duplicateTextsMatchInOrder() {
    assertThat(SortKeys.match(List.of("a", "a", "b"), List.of("a", "b", "a", "a")))
        .containsExactly(0, 2, 1, -1);
  }

  @Test
  void keepsTheLongestIncreasingRunOfMatchedRows() {
    assertThat(SortKeys.keepIncreasing(new int[] {3, 0, 1, -1, 4, 2}))
        .containsExactly(-1, 0, 1, -1, -1, 2);
  }

  @Test
  void hasNoPlanWhenNeighboursLeaveNoRoom() {
    assertThat(SortKeys.plan(List.of("a", "b"), new long[] {1, 2}, List.of("a", "x", "b"), 10))
        .isEmpty();
  }
}
