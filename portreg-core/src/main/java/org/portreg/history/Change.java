package org.portreg.history;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.portreg.model.ServiceRecord;

/**
 * One entry of a service's or port's change log.
 *
 * @param date the Last Updated date of the first version that shows the change
 * @param kind what happened
 * @param before the record before the change (absent when added)
 * @param after the record after the change (absent when removed)
 * @param fields the changed fields, for {@link Kind#CHANGED}; empty when only the XML layout
 *     changed
 */
public record Change(
    LocalDate date,
    Kind kind,
    Optional<ServiceRecord> before,
    Optional<ServiceRecord> after,
    List<FieldChange> fields) {

  /** What happened to the record. */
  public enum Kind {
    /** The record first appears. */
    ADDED,
    /** The record's text changed. */
    CHANGED,
    /** The record is gone. */
    REMOVED
  }

  /** Copies the list and checks no component is null. */
  public Change {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    fields = List.copyOf(fields);
  }

  /** The record the entry is about: the one after the change, or the removed one. */
  public ServiceRecord record() {
    return after.or(() -> before).orElseThrow();
  }
}
