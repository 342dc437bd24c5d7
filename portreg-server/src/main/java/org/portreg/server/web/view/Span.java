package org.portreg.server.web.view;

import java.util.Objects;

/**
 * A piece of rendered text: plain text, a link, or a line break. Templates escape the text and the
 * link target; the server only builds links to its own pages and to http(s) URIs.
 *
 * @param text the text shown, never null
 * @param href the link target, or null for plain text
 * @param lineBreak whether this is a line break (then text is empty and href null)
 */
public record Span(String text, String href, boolean lineBreak) {
  /** A line break. */
  public static final Span BREAK = new Span("", null, true);

  /** Checks the text is present. */
  public Span {
    Objects.requireNonNull(text, "text");
  }

  /** Plain text. */
  public static Span text(String text) {
    return new Span(text, null, false);
  }

  /** A link. */
  public static Span link(String text, String href) {
    return new Span(text, Objects.requireNonNull(href, "href"), false);
  }

  /** Whether this span is a link. */
  public boolean isLink() {
    return href != null;
  }

  /**
   * The CSS class of a link to a service page ({@code service}) or a port page ({@code port}), or
   * null (no class attribute) for any other span.
   */
  public String cssClass() {
    if (href == null) {
      return null;
    }
    return href.startsWith("/service/") ? "service" : href.startsWith("/port/") ? "port" : null;
  }
}
