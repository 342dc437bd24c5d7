package org.portreg.model;

import java.util.List;
import java.util.Objects;

/**
 * What the registry says of itself before its records.
 *
 * @param id the registry's id attribute ({@code service-names-port-numbers})
 * @param title the title
 * @param category the category
 * @param updated the date of the last change (Last Updated)
 * @param references the registry's references (Reference), such as RFC 6335
 * @param experts the Expert(s) texts, each as written (with its line breaks)
 * @param notes the notes, in order
 */
public record RegistryHeader(
    String id,
    String title,
    String category,
    PartialDate updated,
    List<Xref> references,
    List<String> experts,
    List<Note> notes) {

  /** Copies the lists and checks no component is null. */
  public RegistryHeader {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(updated, "updated");
    references = List.copyOf(references);
    experts = List.copyOf(experts);
    notes = List.copyOf(notes);
  }

  /** A copy with another Last Updated date. */
  public RegistryHeader withUpdated(PartialDate date) {
    return new RegistryHeader(id, title, category, date, references, experts, notes);
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
    return other instanceof RegistryHeader o
        && Objects.equals(id, o.id)
        && Objects.equals(title, o.title)
        && Objects.equals(category, o.category)
        && Objects.equals(updated, o.updated)
        && Objects.equals(references, o.references)
        && Objects.equals(experts, o.experts)
        && Objects.equals(notes, o.notes);
  }

  /** Combines the components' hash codes, as {@link #equals} compares them. */
  @Override
  public int hashCode() {
    return Objects.hash(id, title, category, updated, references, experts, notes);
  }
}
