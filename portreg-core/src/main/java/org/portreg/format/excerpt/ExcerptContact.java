package org.portreg.format.excerpt;

import java.util.Objects;
import java.util.Optional;
import org.portreg.model.PartialDate;
import org.portreg.model.Person;

/**
 * One row of an excerpt's Contact Information table. Immutable.
 *
 * @param line the 1-based line the row came from
 * @param id the person's ID, without brackets
 * @param name the name, if shown
 * @param organization the organization, if shown
 * @param uri the contact URI as shown (e-mail obfuscated with {@code &} as IANA does)
 * @param updated the Last Updated date, if shown
 * @param nameOrOrganization whether the one free text of the row, placed in {@code name}, may as
 *     well be the organization: the table has an Organization column and one of the two cells was
 *     empty (dropped)
 */
public record ExcerptContact(
    int line,
    String id,
    Optional<String> name,
    Optional<String> organization,
    Optional<String> uri,
    Optional<PartialDate> updated,
    boolean nameOrOrganization) {
  /** Checks the ID is present and nothing is null. */
  public ExcerptContact {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("a contact needs an ID");
    }
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(organization, "organization");
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(updated, "updated");
  }

  /** The contact as a people-table entry. */
  public Person toPerson() {
    return new Person(id, name, organization, uri, updated);
  }
}
