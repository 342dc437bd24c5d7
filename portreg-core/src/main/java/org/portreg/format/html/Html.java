package org.portreg.format.html;

/** Appends escaped HTML text and attributes. Stateless, thread-safe. */
final class Html {
  private Html() {}

  /**
   * Appends {@code text} escaped for element content and attribute values alike: {@code & < > " '}
   * as references, and control characters XML does not allow as U+FFFD, so the page also parses as
   * XML.
   */
  static StringBuilder escape(StringBuilder out, String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(isAllowed(c) ? c : '\uFFFD');
      }
    }
    return out;
  }

  private static boolean isAllowed(char c) {
    return c >= 0x20 ? c != 0xFFFE && c != 0xFFFF : c == '\t' || c == '\n' || c == '\r';
  }

  /** {@code <a href="HREF">TEXT</a>}, both escaped. */
  static void link(StringBuilder out, String href, String text) {
    out.append("<a href=\"");
    escape(out, href).append("\">");
    escape(out, text).append("</a>");
  }
}
