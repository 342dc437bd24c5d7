package org.portreg.reconcile;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of reconciling an excerpt with a registry. Immutable and thread-safe.
 *
 * @param source the excerpt's name
 * @param registryUpdated the registry's Last Updated date, as written
 * @param header the comparison of each header field the excerpt shows
 * @param rows one entry per excerpt row, in page order
 * @param contacts one entry per row of the excerpt's contact table, in page order
 * @param missingContacts IDs the matched rows name but the excerpt's contact table lacks (only
 *     checked when the excerpt has a contact table)
 */
public record Reconciliation(
    String source,
    String registryUpdated,
    List<HeaderComparison> header,
    List<RowReconciliation> rows,
    List<ContactReconciliation> contacts,
    List<String> missingContacts) {
  /** Copies the lists and checks nothing is null. */
  public Reconciliation {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(registryUpdated, "registryUpdated");
    header = List.copyOf(header);
    rows = List.copyOf(rows);
    contacts = List.copyOf(contacts);
    missingContacts = List.copyOf(missingContacts);
  }

  /** How many rows have the given status. */
  public long rowCount(MatchStatus status) {
    return rows.stream().filter(r -> r.status() == status).count();
  }

  /** Every ambiguity the registry resolved, across rows. */
  public List<ResolvedAmbiguity> resolvedAmbiguities() {
    return rows.stream().flatMap(r -> r.resolved().stream()).toList();
  }

  /** Whether every row, contact and header field agrees with the registry. */
  public boolean agrees() {
    return rows.stream().allMatch(r -> r.status() == MatchStatus.AGREES)
        && contacts.stream().allMatch(c -> c.status() == MatchStatus.AGREES)
        && header.stream().allMatch(HeaderComparison::isConsistent)
        && missingContacts.isEmpty();
  }
}
