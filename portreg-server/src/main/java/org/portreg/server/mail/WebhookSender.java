package org.portreg.server.mail;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.portreg.server.spi.WebhookOptions;
import org.portreg.store.ClaimedDelivery;
import org.portreg.store.Watches;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The background sender of watches' webhooks, like {@link OutboxSender}: every poll interval it
 * claims due deliveries under its own random name, posts each and records the answer; a failed
 * attempt is retried after a wait that doubles with each failure; the store disables a watch after
 * {@link Watches#MAX_FAILURES} failures in a row. Deliveries claimed by one sender are not claimed
 * by another until the lease ends. Thread-safe.
 */
public final class WebhookSender implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(WebhookSender.class);
  private static final int BATCH = 20;

  private final Watches watches;
  private final WebhookOptions options;
  private final WebhookPoster poster;
  private final String worker = UUID.randomUUID().toString();
  private final ScheduledExecutorService timer;

  private WebhookSender(Watches watches, WebhookOptions options) {
    this.watches = watches;
    this.options = options;
    this.poster = new WebhookPoster(options);
    this.timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "portreg-webhooks");
              t.setDaemon(true);
              return t;
            });
  }

  /** Starts delivering the webhooks of {@code watches}. */
  public static WebhookSender start(Watches watches, WebhookOptions options) {
    WebhookSender sender = new WebhookSender(watches, options);
    long poll = options.poll().toMillis();
    sender.timer.scheduleWithFixedDelay(sender::sendDue, 0, poll, TimeUnit.MILLISECONDS);
    return sender;
  }

  private void sendDue() {
    try {
      List<ClaimedDelivery> batch;
      do {
        batch = watches.claim(worker, BATCH, options.lease());
        batch.forEach(this::send);
      } while (batch.size() == BATCH && !timer.isShutdown());
    } catch (RuntimeException e) {
      LOG.warn("cannot read the webhook deliveries: {}", e.getMessage());
    }
  }

  private void send(ClaimedDelivery d) {
    try {
      WebhookPoster.Answer answer = poster.post(d);
      if (answer.ok()) {
        watches.delivered(d, worker, answer.status());
      } else {
        failed(d, answer.status(), "HTTP " + answer.status() + ": " + answer.excerpt());
      }
    } catch (IOException | RuntimeException e) {
      failed(d, null, e.getClass().getSimpleName() + ": " + e.getMessage());
    } catch (InterruptedException e) {
      failed(d, null, "interrupted");
      Thread.currentThread().interrupt();
    }
  }

  private void failed(ClaimedDelivery d, Integer status, String error) {
    Duration wait = OutboxSender.backoff(options.firstRetry(), d.attempts());
    if (watches.failed(d, worker, status, error, wait)) {
      LOG.warn("watch {} disabled after failed deliveries: {}", d.watchId(), error);
    } else {
      LOG.info("webhook delivery {} failed ({}), retry in {}", d.id(), error, wait);
    }
  }

  /** Stops delivering; an attempt in progress finishes first (within a minute). */
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
