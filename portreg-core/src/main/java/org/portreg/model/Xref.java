package org.portreg.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A cross-reference: to a person, an RFC, a draft, a URI, a footnote, or free text.
 *
 * @param type what the reference points at
 * @param data the target (person ID, {@code rfc9110}, draft name, URI, footnote anchor); empty for
 *     most text references
 * @param section the section of the target, when the registry names one
 * @param text the element's own text, when it has any (always for {@link XrefType#TEXT})
 */
public record Xref(
    XrefType type, Optional<String> data, Optional<String> section, Optional<String> text) {

  /** Checks that no component is null. */
  public Xref {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(text, "text");
  }

  /** A reference with a target and nothing else, as most xrefs are. */
  public static Xref of(XrefType type, String data) {
    return new Xref(type, Optional.of(data), Optional.empty(), Optional.empty());
  }

  /** A reference to a person of the people table. */
  public static Xref person(String id) {
    return of(XrefType.PERSON, id);
  }

  /** A free-text reference. */
  public static Xref text(String text) {
    return new Xref(XrefType.TEXT, Optional.empty(), Optional.empty(), Optional.of(text));
  }

  /** Whether this reference names a person. */
  public boolean isPerson() {
    return type == XrefType.PERSON;
  }

  /** The target, or the text for a free-text reference, or the empty string. */
  public String target() {
    return data.or(() -> text).orElse("");
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
    return other instanceof Xref o
        && Objects.equals(type, o.type)
        && Objects.equals(data, o.data)
        && Objects.equals(section, o.section)
        && Objects.equals(text, o.text);
  }

  /** Combines the components' hash codes, as {@link #equals} compares them. */
  @Override
  public int hashCode() {
    return Objects.hash(type, data, section, text);
  }
}
