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

    /**
     * Component by component, as a record's own equals; spelled out because the generated one sets
     * up method handles on its first call, which a cold command pays for.
     */
    @Override
    public boolean equals(Object other) {
      if (this == other) {
        return true;
      }
      return other instanceof Text o && Objects.equals(value, o.value);
    }

    /** Combines the components' hash codes, as {@link #equals} compares them. */
    @Override
    public int hashCode() {
      return Objects.hashCode(value);
    }
  }

  /** An explicit line break ({@code <br/>}). */
  record LineBreak() implements Inline {
    /**
     * Component by component, as a record's own equals; spelled out because the generated one sets
     * up method handles on its first call, which a cold command pays for.
     */
    @Override
    public boolean equals(Object other) {
      return other instanceof LineBreak;
    }

    /** Combines the components' hash codes, as {@link #equals} compares them. */
    @Override
    public int hashCode() {
      return 0;
    }
  }

  /** A cross-reference inside text. */
  record Reference(Xref xref) implements Inline {
    /** Checks the xref is not null. */
    public Reference {
      Objects.requireNonNull(xref, "xref");
    }

    /**
     * Component by component, as a record's own equals; spelled out because the generated one sets
     * up method handles on its first call, which a cold command pays for.
     */
    @Override
    public boolean equals(Object other) {
      if (this == other) {
        return true;
      }
      return other instanceof Reference o && Objects.equals(xref, o.xref);
    }

    /** Combines the components' hash codes, as {@link #equals} compares them. */
    @Override
    public int hashCode() {
      return Objects.hashCode(xref);
    }
  }

  /** A paragraph ({@code <paragraph>}) holding its own rich text. */
  record Paragraph(RichText content) implements Inline {
    /** Checks the content is not null. */
    public Paragraph {
      Objects.requireNonNull(content, "content");
    }

    /**
     * Component by component, as a record's own equals; spelled out because the generated one sets
     * up method handles on its first call, which a cold command pays for.
     */
    @Override
    public boolean equals(Object other) {
      if (this == other) {
        return true;
      }
      return other instanceof Paragraph o && Objects.equals(content, o.content);
    }

    /** Combines the components' hash codes, as {@link #equals} compares them. */
    @Override
    public int hashCode() {
      return Objects.hashCode(content);
    }
  }
}
