package org.portreg.format.excerpt;

import java.util.List;
import java.util.Optional;
import org.portreg.format.RecordColumns;

/**
 * One row of an excerpt's table with each value in the column the reader recovered for it.
 * Immutable.
 *
 * @param lines the 1-based line numbers the row came from (two or more when it was broken)
 * @param columns the twelve column values in {@link RecordColumns} order, {@code ""} where the
 *     excerpt shows nothing; ambiguous values sit in their guessed column
 * @param ambiguities the values whose column stays ambiguous, in row order
 */
public record ExcerptRow(List<Integer> lines, List<String> columns, List<Ambiguity> ambiguities) {
  /** Validates the shape: at least one line, exactly twelve columns. */
  public ExcerptRow {
    lines = List.copyOf(lines);
    columns = List.copyOf(columns);
    ambiguities = List.copyOf(ambiguities);
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("a row needs at least one line");
    }
    if (columns.size() != RecordColumns.HEADERS.size()) {
      throw new IllegalArgumentException("a row has 12 columns, was " + columns.size());
    }
  }

  /** The first line of the row. */
  public int line() {
    return lines.get(0);
  }

  /** The value of a column (see {@link RecordColumns}), empty when the excerpt shows none. */
  public Optional<String> value(int column) {
    String v = columns.get(column);
    return v.isEmpty() ? Optional.empty() : Optional.of(v);
  }

  /** The service name, if the row shows one. */
  public Optional<String> name() {
    return value(RecordColumns.NAME);
  }

  /** The port or range as written, if the row shows one. */
  public Optional<String> port() {
    return value(RecordColumns.PORT);
  }

  /** The transport token, if the row shows one. */
  public Optional<String> transport() {
    return value(RecordColumns.TRANSPORT);
  }

  /** Whether some value's column was guessed. */
  public boolean isAmbiguous() {
    return !ambiguities.isEmpty();
  }

  /** {@code name port/transport} for messages, such as {@code https 443/tcp}. */
  public String key() {
    String where = port().orElse("") + transport().map(t -> "/" + t).orElse("");
    return (name().orElse("") + " " + where).strip();
  }
}
