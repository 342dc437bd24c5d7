package org.portreg.model;

import java.util.Objects;
import java.util.Optional;

/**
 * An entry of the registry's people table (Contact Information).
 *
 * @param id the ID records refer to, such as {@code Jon_Postel}; may hold non-ASCII letters
 * @param name the person's name
 * @param org the organization
 * @param uri the contact URI; e-mail addresses are stored as IANA obfuscates them ({@code
 *     mailto:user&example.org})
 * @param updated when the entry last changed
 */
public record Person(
    String id,
    Optional<String> name,
    Optional<String> org,
    Optional<String> uri,
    Optional<PartialDate> updated) {

  /** Checks the ID is present and no component is null. */
  public Person {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("person id must not be blank");
    }
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(org, "org");
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(updated, "updated");
  }
}
