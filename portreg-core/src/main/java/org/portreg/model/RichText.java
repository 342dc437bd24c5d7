package org.portreg.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Text that keeps its line breaks, inline cross-references and paragraphs, as descriptions and
 * notes of the registry do.
 *
 * @param parts the pieces in order; adjacent texts are kept as given
 */
public record RichText(List<Inline> parts) {
  /** The text with no parts. */
  public static final RichText EMPTY = new RichText(List.of());

  /** Copies the parts. */
  public RichText {
    parts = List.copyOf(parts);
  }

  /** Text without markup. */
  public static RichText of(String text) {
    return text.isEmpty() ? EMPTY : new RichText(List.of(new Inline.Text(text)));
  }

  /** Whether there are no parts at all. */
  public boolean isEmpty() {
    return parts.isEmpty();
  }

  /**
   * Renders the text, with {@code lineBreak} standing for each {@code <br/>} and {@code xref}
   * rendering each reference. Paragraphs are rendered inline, in order.
   */
  public String render(String lineBreak, Function<Xref, String> xref) {
    if (parts.isEmpty()) {
      return "";
    }
    if (parts.size() == 1 && parts.get(0) instanceof Inline.Text t) {
      return t.value(); // most descriptions: no builder, no copy
    }
    StringBuilder out = new StringBuilder();
    appendTo(out, lineBreak, xref);
    return out.toString();
  }

  private void appendTo(StringBuilder out, String lineBreak, Function<Xref, String> xref) {
    for (Inline part : parts) {
      if (part instanceof Inline.Text t) {
        out.append(t.value());
      } else if (part instanceof Inline.LineBreak) {
        out.append(lineBreak);
      } else if (part instanceof Inline.Reference r) {
        out.append(xref.apply(r.xref()));
      } else if (part instanceof Inline.Paragraph p) {
        p.content().appendTo(out, lineBreak, xref);
      }
    }
  }

  /** The text with line breaks as newlines and references as their target. */
  public String plain() {
    return render("\n", Xref::target);
  }

  /** Every cross-reference inside the text, paragraphs included, in order. */
  public List<Xref> references() {
    List<Xref> found = new ArrayList<>();
    collectReferences(found);
    return found;
  }

  private void collectReferences(List<Xref> found) {
    for (Inline part : parts) {
      if (part instanceof Inline.Reference r) {
        found.add(r.xref());
      } else if (part instanceof Inline.Paragraph p) {
        p.content().collectReferences(found);
      }
    }
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
    return other instanceof RichText o && Objects.equals(parts, o.parts);
  }

  /** Combines the components' hash codes, as {@link #equals} compares them. */
  @Override
  public int hashCode() {
    return Objects.hashCode(parts);
  }
}
