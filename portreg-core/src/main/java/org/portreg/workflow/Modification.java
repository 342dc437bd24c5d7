package org.portreg.workflow;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.portreg.error.InvalidInputException;
import org.portreg.model.Xref;

/**
 * What an assignee may change in an assignment (RFC 6335 §8.6): contact, description, references.
 *
 * @param contact the new contact, if it changes
 * @param description the new description, if it changes
 * @param references the new references, if they change
 */
public record Modification(
    Optional<Contact> contact, Optional<String> description, Optional<List<Xref>> references) {
  /** Checks something changes and nothing is null. */
  public Modification {
    Objects.requireNonNull(contact, "contact");
    Objects.requireNonNull(description, "description");
    references = Objects.requireNonNull(references, "references").map(List::copyOf);
    if (contact.isEmpty() && description.isEmpty() && references.isEmpty()) {
      throw new InvalidInputException(
          "a modification must change contact, description or references");
    }
    if (description.filter(String::isBlank).isPresent()) {
      throw new InvalidInputException("description must not be blank");
    }
  }

  /** A new contact only. */
  public static Modification ofContact(Contact contact) {
    return new Modification(Optional.of(contact), Optional.empty(), Optional.empty());
  }

  /** A new description only. */
  public static Modification ofDescription(String description) {
    return new Modification(Optional.empty(), Optional.of(description), Optional.empty());
  }

  /** New references only. */
  public static Modification ofReferences(List<Xref> references) {
    return new Modification(Optional.empty(), Optional.empty(), Optional.of(references));
  }
}
