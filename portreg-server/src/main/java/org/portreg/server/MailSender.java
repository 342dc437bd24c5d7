package org.portreg.server;

import java.time.Clock;
import java.util.Objects;
import org.portreg.server.mail.OutboxSender;
import org.portreg.server.mail.SmtpMailer;
import org.portreg.server.spi.MailOptions;
import org.portreg.store.Store;

/**
 * Sends the e-mail the workflow writes to the store's outbox (docs/notifications.md), in the
 * background until closed. Any number of senders, in one process or in several on one PostgreSQL,
 * may share one outbox: each message is sent once. Thread-safe.
 */
public final class MailSender implements AutoCloseable {
  private final OutboxSender sender;

  private MailSender(OutboxSender sender) {
    this.sender = sender;
  }

  /** Starts sending the outbox of {@code store} as {@code options} say. */
  public static MailSender start(Store store, MailOptions options) {
    Objects.requireNonNull(store, "store");
    SmtpMailer mailer = new SmtpMailer(options, Clock.systemUTC());
    return new MailSender(OutboxSender.start(store.notifications(), options, mailer));
  }

  /** Stops sending; a send in progress finishes first. */
  @Override
  public void close() {
    sender.close();
  }
}
