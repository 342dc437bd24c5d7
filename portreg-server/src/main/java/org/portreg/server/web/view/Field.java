package org.portreg.server.web.view;

import java.util.List;

/**
 * A labelled value of a header block, such as "Last Updated" and its date.
 *
 * @param label the label
 * @param paragraphs the value, one or more paragraphs
 */
public record Field(String label, List<Paragraph> paragraphs) {
  /** Copies the paragraphs. */
  public Field {
    paragraphs = List.copyOf(paragraphs);
  }

  /** A field of one plain paragraph. */
  public static Field of(String label, List<Span> spans) {
    return new Field(label, List.of(new Paragraph(spans, false)));
  }
}
