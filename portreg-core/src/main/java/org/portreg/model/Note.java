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
}
