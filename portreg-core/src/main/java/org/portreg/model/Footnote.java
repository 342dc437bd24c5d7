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

  /**
   * Component by component, as a record's own equals; spelled out because the generated one sets up
   * method handles on its first call, which a cold command pays for.
   */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    return other instanceof Footnote o
        && Objects.equals(anchor, o.anchor)
        && Objects.equals(text, o.text);
  }

  /** Combines the components' hash codes, as {@link #equals} compares them. */
  @Override
  public int hashCode() {
    return Objects.hash(anchor, text);
  }
}
