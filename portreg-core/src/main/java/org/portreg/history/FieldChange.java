package org.portreg.history;

import java.util.Objects;

/**
 * One field of a record that changed between two versions, rendered as the registry's CSV column.
 *
 * @param field the column name, such as {@code Reference}
 * @param before the value before the change
 * @param after the value after the change
 */
public record FieldChange(String field, String before, String after) {
  /** Checks no component is null. */
  public FieldChange {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
  }
}
