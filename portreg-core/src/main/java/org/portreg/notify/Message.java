package org.portreg.notify;

import java.util.Objects;

/**
 * One e-mail to one address. Immutable. Links in the bodies start with {@link #BASE}, the server's
 * public URL, which the sender fills in ({@link #withBase}): a message is composed where the change
 * happens, which need not know the URL.
 *
 * @param to the recipient's address
 * @param subject the subject line, one line
 * @param text the plain-text body
 * @param html the HTML body; every value in it is escaped
 */
public record Message(String to, String subject, String text, String html) {
  /** Stands for the server's public URL in the bodies, until {@link #withBase} replaces it. */
  public static final String BASE = "{{base}}";

  /** Checks the address and that the subject is one line. */
  public Message {
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(html, "html");
    if (!to.contains("@") || to.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException("to must be an e-mail address, was '" + to + "'");
    }
    if (subject.contains("\n") || subject.contains("\r")) {
      throw new IllegalArgumentException("subject must be one line, was '" + subject + "'");
    }
  }

  /**
   * This message with {@link #BASE} replaced by {@code baseUrl} (without a trailing slash; escaped
   * in the HTML body).
   */
  public Message withBase(String baseUrl) {
    String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    return new Message(
        to, subject, text.replace(BASE, base), html.replace(BASE, MailText.escape(base)));
  }
}
