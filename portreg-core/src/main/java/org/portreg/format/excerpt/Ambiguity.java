package org.portreg.format.excerpt;

import java.util.List;
import java.util.Objects;
import org.portreg.format.RecordColumns;

/**
 * A value of an excerpt row whose column the reader could not determine: it placed the value in its
 * best guess, {@code chosen}, but {@code candidates} all fit the registry rules. Example: a lone
 * date, which may be the Registration Date or the Modification Date. Immutable.
 *
 * @param value the value as the excerpt shows it
 * @param chosen the column index (see {@link RecordColumns}) the reader placed it in
 * @param candidates every column index the value may belong to, ascending, {@code chosen} included
 */
public record Ambiguity(String value, int chosen, List<Integer> candidates) {
  /** Validates that the guess is one of at least two candidates. */
  public Ambiguity {
    Objects.requireNonNull(value, "value");
    candidates = List.copyOf(candidates);
    if (candidates.size() < 2 || !candidates.contains(chosen)) {
      throw new IllegalArgumentException(
          "an ambiguity needs two or more candidates including the choice "
              + chosen
              + ", was "
              + candidates);
    }
  }

  /** The header of the chosen column, such as {@code Registration Date}. */
  public String chosenColumn() {
    return RecordColumns.HEADERS.get(chosen);
  }

  /** The headers of the candidate columns, in column order. */
  public List<String> candidateColumns() {
    return candidates.stream().map(RecordColumns.HEADERS::get).toList();
  }

  /** {@code '2021-10-01': Registration Date or Modification Date (guessed Registration Date)}. */
  @Override
  public String toString() {
    return "'"
        + value
        + "': "
        + String.join(" or ", candidateColumns())
        + " (guessed "
        + chosenColumn()
        + ")";
  }
}
