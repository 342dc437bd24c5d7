package org.portreg.server.web.view;

import java.util.List;

/**
 * A paragraph of registry text.
 *
 * @param spans the paragraph's text
 * @param preformatted whether its layout matters (the registry's star-box banner): shown in a
 *     fixed-width font with its spaces and line breaks kept
 */
public record Paragraph(List<Span> spans, boolean preformatted) {
  /** Copies the spans. */
  public Paragraph {
    spans = List.copyOf(spans);
  }
}
