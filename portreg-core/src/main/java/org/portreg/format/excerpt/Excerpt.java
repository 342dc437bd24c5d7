package org.portreg.format.excerpt;

import java.util.List;
import java.util.Objects;

/**
 * A page excerpt of the registry: its header, its table rows with recovered columns, and its
 * Contact Information table. Immutable and thread-safe.
 *
 * @param source the name of the input, as problems show it
 * @param rendering how the excerpt renders its tables
 * @param header the header fields
 * @param rows the table rows, in page order
 * @param organizationColumn whether the contact table has an Organization column
 * @param contacts the contact table rows, in page order (empty when the page has none)
 */
public record Excerpt(
    String source,
    Rendering rendering,
    ExcerptHeader header,
    List<ExcerptRow> rows,
    boolean organizationColumn,
    List<ExcerptContact> contacts) {
  /** Copies the lists and checks nothing is null. */
  public Excerpt {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(rendering, "rendering");
    Objects.requireNonNull(header, "header");
    rows = List.copyOf(rows);
    contacts = List.copyOf(contacts);
  }

  /** The number of rows whose columns are all certain. */
  public long certainRows() {
    return rows.stream().filter(r -> !r.isAmbiguous()).count();
  }
}
