package org.portreg.workflow;

import java.util.Objects;
import java.util.Optional;
import org.portreg.model.PartialDate;
import org.portreg.model.Person;

/**
 * A person or organization named by a request, as assignee or contact. Blank fields are allowed
 * here so that {@link RequestValidator} can report every missing field at once.
 *
 * @param id the people-table ID to use, such as {@code Jane_Doe}
 * @param name the name
 * @param organization the organization, if any
 * @param uri an e-mail address ({@code jane@example.org} or {@code mailto:...}) or another URI
 */
public record Contact(String id, String name, Optional<String> organization, String uri) {
  /** Checks no component is null. */
  public Contact {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(organization, "organization");
    Objects.requireNonNull(uri, "uri");
  }

  /** A contact without organization. */
  public static Contact of(String id, String name, String uri) {
    return new Contact(id, name, Optional.empty(), uri);
  }

  /** Whether the URI is an e-mail address or an absolute URI with a scheme. */
  public boolean hasUsableUri() {
    return (uri.contains("@") && !uri.contains(" ")) || uri.matches("[a-zA-Z][a-zA-Z0-9+.-]*:\\S+");
  }

  /**
   * The people-table entry, with the URI in the registry's own spelling: e-mail addresses become
   * {@code mailto:user&example.org}, as IANA obfuscates them.
   */
  public Person toPerson(PartialDate updated) {
    String address = uri.contains(":") || !uri.contains("@") ? uri : "mailto:" + uri;
    return new Person(
        id,
        Optional.of(name),
        organization,
        Optional.of(address.replace('@', '&')),
        Optional.of(updated));
  }
}
