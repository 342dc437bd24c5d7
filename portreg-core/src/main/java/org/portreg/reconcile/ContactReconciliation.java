package org.portreg.reconcile;

import java.util.List;
import java.util.Objects;
import org.portreg.format.excerpt.ExcerptContact;

/**
 * How one row of the excerpt's contact table compares with the registry's people. Immutable.
 *
 * @param contact the excerpt's contact row
 * @param status whether the person agrees, differs or was not found
 * @param differences the fields that differ (Name, Organization, Contact URI, Last Updated)
 */
public record ContactReconciliation(
    ExcerptContact contact, MatchStatus status, List<FieldDifference> differences) {
  /** Copies the list and checks nothing is null. */
  public ContactReconciliation {
    Objects.requireNonNull(contact, "contact");
    Objects.requireNonNull(status, "status");
    differences = List.copyOf(differences);
  }
}
