package org.portreg.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An entry of the registry's people table (Contact Information).
 *
 * @param id the ID records refer to, such as {@code Jon_Postel}; may hold non-ASCII letters
 * @param name the person's name
 * @param org the organization
 * @param uris the contact URIs in registry order (a few people have two); e-mail addresses are
 *     stored as IANA obfuscates them ({@code mailto:user&example.org})
 * @param updated when the entry last changed
 */
public record Person(
    String id,
    Optional<String> name,
    Optional<String> org,
    List<String> uris,
    Optional<PartialDate> updated) {

  /** Checks the ID is present, copies the URIs and checks no component is null. */
  public Person {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("person id must not be blank");
    }
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(org, "org");
    uris = List.copyOf(uris);
    Objects.requireNonNull(updated, "updated");
  }

  /** A person with at most one contact URI. */
  public Person(
      String id,
      Optional<String> name,
      Optional<String> org,
      Optional<String> uri,
      Optional<PartialDate> updated) {
    this(id, name, org, uri.stream().toList(), updated);
  }

  /** The first contact URI, the one the registry's tables show first. */
  public Optional<String> uri() {
    return uris.isEmpty() ? Optional.empty() : Optional.of(uris.get(0));
  }

  /**
   * Component by component, as a record's own equals; spelled out because the generated one sets up
   * method handles on its first call, which a cold command pays for.
   */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    return other instanceof Person o
        && Objects.equals(id, o.id)
        && Objects.equals(name, o.name)
        && Objects.equals(org, o.org)
        && Objects.equals(uris, o.uris)
        && Objects.equals(updated, o.updated);
  }

  /** Combines the components' hash codes, as {@link #equals} compares them. */
  @Override
  public int hashCode() {
    return Objects.hash(id, name, org, uris, updated);
  }
}
