package org.portreg.notify;

import java.util.List;
import org.portreg.model.ServiceRecord;

/**
 * Writes one message: a greeting-free plain text and the same as HTML, every value escaped.
 * Stateless.
 */
final class MailText {
  private MailText() {}

  /**
   * A message to {@code to}.
   *
   * @param lines the body's paragraphs, plain text
   * @param records records to list (for an assignment), may be empty
   * @param link the page to follow, absolute
   */
  static Message compose(
      String to, String subject, List<String> lines, List<ServiceRecord> records, String link) {
    StringBuilder text = new StringBuilder();
    StringBuilder html = new StringBuilder("<!DOCTYPE html><html><body>");
    for (String line : lines) {
      text.append(line).append("\n\n");
      html.append("<p>").append(escape(line)).append("</p>");
    }
    if (!records.isEmpty()) {
      html.append("<ul>");
      for (ServiceRecord r : records) {
        text.append("  ").append(describe(r)).append('\n');
        html.append("<li>").append(escape(describe(r))).append("</li>");
      }
      text.append('\n');
      html.append("</ul>");
    }
    text.append(link).append('\n');
    html.append("<p><a href=\"")
        .append(escape(link))
        .append("\">")
        .append(escape(link))
        .append("</a></p></body></html>");
    return new Message(to, subject, text.toString(), html.toString());
  }

  /** One record in one line: {@code name port/transport}, without what it lacks. */
  static String describe(ServiceRecord r) {
    StringBuilder s = new StringBuilder(r.name().orElse("(no name)"));
    r.number()
        .ifPresent(
            n ->
                s.append(' ')
                    .append(n.first() == n.last() ? n.first() + "" : n.first() + "-" + n.last()));
    r.protocol().ifPresent(t -> s.append(r.number().isPresent() ? "/" : " ").append(t.token()));
    return s.toString();
  }

  /** {@code value} safe in HTML text and in a quoted attribute. */
  static String escape(String value) {
    StringBuilder out = new StringBuilder(value.length() + 16);
    for (int i = 0; i < value.length(); i++) {
      char ch = value.charAt(i);
      switch (ch) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(ch);
      }
    }
    return out.toString();
  }
}
