package org.portreg.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A note of the registry header, such as the star-box banner or "Request an Assignment".
 *
 * @param title the note's title attribute, if any
 * @param text the note's text
 */
public record Note(Optional<String> title, RichText text) {
  /** Checks no component is null. */
  public Note {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(text, "text");
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
    return other instanceof Note o
        && Objects.equals(title, o.title)
        && Objects.equals(text, o.text);
  }

  /** Combines the components' hash codes, as {@link #equals} compares them. */
  @Override
  public int hashCode() {
    return Objects.hash(title, text);
  }
}
