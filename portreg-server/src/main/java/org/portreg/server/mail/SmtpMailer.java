package org.portreg.server.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Clock;
import java.util.Date;
import java.util.Properties;
import org.portreg.notify.Message;
import org.portreg.server.spi.MailOptions;

/**
 * Sends one message over SMTP: plain text and HTML as {@code multipart/alternative}, UTF-8.
 * Thread-safe (each send opens its own connection).
 */
public final class SmtpMailer {
  private static final String TIMEOUT_MILLIS = "60000";

  private final MailOptions options;
  private final Session session;
  private final Clock clock;

  /** A mailer for {@code options}. */
  public SmtpMailer(MailOptions options, Clock clock) {
    this.options = options;
    this.clock = clock;
    this.session = Session.getInstance(properties(options));
  }

  private static Properties properties(MailOptions options) {
    String protocol = protocol(options);
    Properties p = new Properties();
    String prefix = "mail." + protocol + ".";
    p.setProperty("mail.transport.protocol", protocol);
    p.setProperty(prefix + "host", options.smtp().getHost());
    p.setProperty(prefix + "port", Integer.toString(options.port()));
    p.setProperty(prefix + "auth", Boolean.toString(options.user().isPresent()));
    p.setProperty(prefix + "connectiontimeout", TIMEOUT_MILLIS);
    p.setProperty(prefix + "timeout", TIMEOUT_MILLIS);
    p.setProperty(prefix + "writetimeout", TIMEOUT_MILLIS);
    if (options.startTls()) {
      p.setProperty(prefix + "starttls.enable", "true");
      p.setProperty(prefix + "starttls.required", "true");
    }
    return p;
  }

  private static String protocol(MailOptions options) {
    return options.implicitTls() ? "smtps" : "smtp";
  }

  /**
   * Sends {@code message}, its links already complete.
   *
   * @param messageId a stable Message-ID for it, so that a receiver may recognize a resend
   * @throws MessagingException when the server cannot be reached or refuses the message
   */
  public void send(Message message, String messageId) throws MessagingException {
    MimeMessage mime = new StableIdMessage(session, messageId);
    mime.setFrom(new InternetAddress(options.from()));
    if (options.replyTo().isPresent()) {
      mime.setReplyTo(InternetAddress.parse(options.replyTo().get()));
    }
    mime.setRecipients(jakarta.mail.Message.RecipientType.TO, InternetAddress.parse(message.to()));
    mime.setSubject(message.subject(), "UTF-8");
    mime.setSentDate(Date.from(clock.instant()));
    MimeBodyPart text = new MimeBodyPart();
    text.setText(message.text(), "UTF-8", "plain");
    MimeBodyPart html = new MimeBodyPart();
    html.setText(message.html(), "UTF-8", "html");
    mime.setContent(new MimeMultipart("alternative", text, html));
    try (Transport transport = session.getTransport(protocol(options))) {
      transport.connect(
          options.smtp().getHost(),
          options.port(),
          options.user().orElse(null),
          options.password().orElse(null));
      mime.saveChanges();
      transport.sendMessage(mime, mime.getAllRecipients());
    }
  }

  /** A message whose Message-ID is ours, not a new one at each save. */
  private static final class StableIdMessage extends MimeMessage {
    private final String id;

    StableIdMessage(Session session, String id) {
      super(session);
      this.id = id;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", id);
    }
  }
}
