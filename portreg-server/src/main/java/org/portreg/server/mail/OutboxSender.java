package org.portreg.server.mail;

import java.time.Duration;
import java.util.Locale;
import org.portreg.notify.OutgoingMessage;
import org.portreg.server.spi.MailOptions;
import org.portreg.store.Notifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The background sender: every poll interval it claims due messages from the outbox under its own
 * random name, sends each, and marks it sent; a failed send is retried after a wait that doubles
 * with each failure, and given up after the configured attempts. Several senders (threads,
 * processes, servers on one PostgreSQL) may share one outbox: a message is claimed by one at a
 * time. Thread-safe.
 */
public final class OutboxSender implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);
  private static final int BATCH = 20;

  private final Notifications outbox;
  private final MailOptions options;
  private final SmtpMailer mailer;
  private final ClaimingWorker<OutgoingMessage> claims;
  private final String worker;

  private OutboxSender(Notifications outbox, MailOptions options, SmtpMailer mailer) {
    this.outbox = outbox;
    this.options = options;
    this.mailer = mailer;
    this.claims =
        new ClaimingWorker<>(
            "portreg-mail",
            "the outbox",
            BATCH,
            (name, batch) -> outbox.claim(name, batch, options.lease()),
            this::send,
            LOG);
    this.worker = claims.worker();
  }

  /** Starts sending from {@code outbox} with {@code mailer}. */
  public static OutboxSender start(Notifications outbox, MailOptions options, SmtpMailer mailer) {
    OutboxSender sender = new OutboxSender(outbox, options, mailer);
    sender.claims.start(options.poll());
    return sender;
  }

  /** Claims and sends what is due; a failure of the store is logged and tried at the next poll. */
  void sendDue() {
    claims.sendDue();
  }

  private void send(OutgoingMessage m) {
    try {
      mailer.send(m.message().withBase(options.publicUrl()), messageId(m));
      outbox.markSent(m.id(), worker);
    } catch (jakarta.mail.MessagingException | RuntimeException e) {
      failed(m, e);
    }
  }

  private String messageId(OutgoingMessage m) {
    String domain = options.from().substring(options.from().indexOf('@') + 1);
    return "<portreg-outbox-" + m.id() + "@" + domain + ">";
  }

  private void failed(OutgoingMessage m, Exception e) {
    String error = e.getClass().getSimpleName() + ": " + e.getMessage();
    int attempts = m.attempts() + 1;
    if (attempts >= options.maxAttempts()) {
      LOG.warn("gave up message {} after {} attempts: {}", m.id(), attempts, error);
      outbox.giveUp(m.id(), worker, error);
      return;
    }
    Duration wait = backoff(options.firstRetry(), m.attempts());
    LOG.info(
        "message {} not sent ({}), retry in {}",
        m.id(),
        error,
        wait.toString().toLowerCase(Locale.ROOT));
    outbox.retryLater(m.id(), worker, error, wait);
  }

  /** {@code first} doubled once per earlier failure, at most a day. */
  static Duration backoff(Duration first, int earlierFailures) {
    return ClaimingWorker.backoff(first, earlierFailures);
  }

  /** Stops sending; a send in progress finishes first (within a minute). */
  @Override
  public void close() {
    claims.close();
  }
}
