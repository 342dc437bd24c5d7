package org.portreg.server.mail;

import java.io.IOException;
import java.time.Duration;
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
  private final ClaimingWorker<ClaimedDelivery> claims;
  private final String worker;

  private WebhookSender(Watches watches, WebhookOptions options) {
    this.watches = watches;
    this.options = options;
    this.poster = new WebhookPoster(options);
    this.claims =
        new ClaimingWorker<>(
            "portreg-webhooks",
            "the webhook deliveries",
            BATCH,
            (name, batch) -> watches.claim(name, batch, options.lease()),
            this::send,
            LOG);
    this.worker = claims.worker();
  }

  /** Starts delivering the webhooks of {@code watches}. */
  public static WebhookSender start(Watches watches, WebhookOptions options) {
    WebhookSender sender = new WebhookSender(watches, options);
    sender.claims.start(options.poll());
    return sender;
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
    Duration wait = ClaimingWorker.backoff(options.firstRetry(), d.attempts());
    if (watches.failed(d, worker, status, error, wait)) {
      LOG.warn("watch {} disabled after failed deliveries: {}", d.watchId(), error);
    } else {
      LOG.info("webhook delivery {} failed ({}), retry in {}", d.id(), error, wait);
    }
  }

  /** Stops delivering; an attempt in progress finishes first (within a minute). */
  @Override
  public void close() {
    claims.close();
  }
}
