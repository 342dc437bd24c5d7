package org.portreg.server.mail;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
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
  private static final Duration LONGEST_WAIT = Duration.ofDays(1);

  private final Notifications outbox;
  private final MailOptions options;
  private final SmtpMailer mailer;
  private final String worker = UUID.randomUUID().toString();
  private final ScheduledExecutorService timer;

  private OutboxSender(Notifications outbox, MailOptions options, SmtpMailer mailer) {
    this.outbox = outbox;
    this.options = options;
    this.mailer = mailer;
    this.timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "portreg-mail");
              t.setDaemon(true);
              return t;
            });
  }

  /** Starts sending from {@code outbox} with {@code mailer}. */
  public static OutboxSender start(Notifications outbox, MailOptions options, SmtpMailer mailer) {
    OutboxSender sender = new OutboxSender(outbox, options, mailer);
    long poll = options.poll().toMillis();
    sender.timer.scheduleWithFixedDelay(sender::sendDue, 0, poll, TimeUnit.MILLISECONDS);
    return sender;
  }

  /** Claims and sends what is due; a failure of the store is logged and tried at the next poll. */
  void sendDue() {
    try {
      List<OutgoingMessage> batch;
      do {
        batch = outbox.claim(worker, BATCH, options.lease());
        batch.forEach(this::send);
      } while (batch.size() == BATCH && !timer.isShutdown());
    } catch (RuntimeException e) {
      LOG.warn("cannot read the outbox: {}", e.getMessage());
    }
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
    int doublings = Math.min(earlierFailures, 30);
    Duration wait = first.multipliedBy(1L << doublings);
    return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
  }

  /** Stops sending; a send in progress finishes first (within a minute). */
  @Override
  public void close() {
    timer.shutdown();
    try {
      if (!timer.awaitTermination(1, TimeUnit.MINUTES)) {
        timer.shutdownNow();
      }
    } catch (InterruptedException e) {
      timer.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
