package org.portreg.diff;

import java.util.Objects;
import java.util.Optional;

/**
 * One field that differs between two versions of a record, a person or the header, with both values
 * in the registry's spelling (see {@link RecordField} for how each field is rendered).
 *
 * @param field the field's name, such as {@code description}, {@code uri} or {@code experts}
 * @param before the value in the older version, empty when the field was absent
 * @param after the value in the newer version, empty when the field is absent
 */
public record FieldChange(String field, Optional<String> before, Optional<String> after) {
  /** Checks no component is null. */
  public FieldChange {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
  }
}
