package org.portreg.format.xml;

/** XML escaping as IANA writes it. Stateless. */
final class Escape {
  private Escape() {}

  /** Escapes {@code &}, {@code <}, {@code >} and carriage returns in character data. */
  static String text(String value) {
    return escape(value, false);
  }

  /** Escapes character data plus {@code "}, tabs and newlines for a double-quoted attribute. */
  static String attribute(String value) {
    return escape(value, true);
  }

  private static String escape(String value, boolean attribute) {
    StringBuilder out = null;
    for (int i = 0; i < value.length(); i++) {
      String replacement = replacement(value.charAt(i), attribute);
      if (replacement != null && out == null) {
        out = new StringBuilder(value.length() + 16).append(value, 0, i);
      }
      if (out != null) {
        if (replacement != null) {
          out.append(replacement);
        } else {
          out.append(value.charAt(i));
        }
      }
    }
    return out == null ? value : out.toString();
  }

  private static String replacement(char c, boolean attribute) {
    switch (c) {
      case '&':
        return "&amp;";
      case '<':
        return "&lt;";
      case '>':
        return "&gt;";
      case '\r':
        return "&#13;";
      case '"':
        return attribute ? "&quot;" : null;
      case '\t':
        return attribute ? "&#9;" : null;
      case '\n':
        return attribute ? "&#10;" : null;
      default:
        return null;
    }
  }
}
