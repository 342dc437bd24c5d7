package org.portreg.search;

import java.util.Objects;
import org.portreg.model.RecordStatus;
import org.portreg.model.ServiceRecord;

/**
 * One row of a search result.
 *
 * @param record the record, or for a synthesized row a record holding only port range, transport
 *     and the description {@code Unassigned}
 * @param kind the record's status
 * @param synthesized true when no registry record exists for these ports on this transport and the
 *     row stands for the computed Unassigned status (only with {@code status:unassigned})
 */
public record SearchRow(ServiceRecord record, RecordStatus kind, boolean synthesized) {
  /** Checks no component is null. */
  public SearchRow {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(kind, "kind");
  }
}
