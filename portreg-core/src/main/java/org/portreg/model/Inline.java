package org.portreg.model;

import java.util.Objects;

/** One piece of {@link RichText}: text, a line break, a cross-reference or a paragraph. */
public sealed interface Inline {

  /** Plain text, kept exactly as written (white space and line breaks included). */
  record Text(String value) implements Inline {
    /** Checks the value is not null. */
    public Text {
      Objects.requireNonNull(value, "value");
    }
  }

  /** An explicit line break ({@code <br/>}). */
  record LineBreak() implements Inline {}

  /** A cross-reference inside text. */
  record Reference(Xref xref) implements Inline {
    /** Checks the xref is not null. */
    public Reference {
      Objects.requireNonNull(xref, "xref");
    }
  }

  /** A paragraph ({@code <paragraph>}) holding its own rich text. */
  record Paragraph(RichText content) implements Inline {
    /** Checks the content is not null. */
    public Paragraph {
      Objects.requireNonNull(content, "content");
    }
  }
}
