package org.portreg.reconcile;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.portreg.format.excerpt.ExcerptRow;

/**
 * How one excerpt row compares with the registry. Immutable.
 *
 * @param row the excerpt row
 * @param status whether it agrees, differs or was not found
 * @param recordIndex the index of the matched record in the registry's records, if found
 * @param differences the fields that differ, in column order
 * @param resolved the row's ambiguities the matched record resolves
 */
public record RowReconciliation(
    ExcerptRow row,
    MatchStatus status,
    Optional<Integer> recordIndex,
    List<FieldDifference> differences,
    List<ResolvedAmbiguity> resolved) {
  /** Copies the lists and checks nothing is null. */
  public RowReconciliation {
    Objects.requireNonNull(row, "row");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(recordIndex, "recordIndex");
    differences = List.copyOf(differences);
    resolved = List.copyOf(resolved);
  }
}
