package org.portreg.model;

import java.util.Objects;

/**
 * A footnote of the registry, referred to by {@code xref type="note"} with its anchor.
 *
 * @param anchor the anchor, such as {@code 1}
 * @param text the footnote's text
 */
public record Footnote(String anchor, RichText text) {
  /** Checks no component is null. */
  public Footnote {
    Objects.requireNonNull(anchor, "anchor");
    Objects.requireNonNull(text, "text");
  }
}
