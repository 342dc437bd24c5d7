package org.portreg.server;

import java.util.Objects;
import org.portreg.server.mail.WebhookSender;
import org.portreg.server.spi.WebhookOptions;
import org.portreg.store.Store;

/**
 * Delivers the webhooks of saved watches (docs/notifications.md) in the background until closed.
 * Any number of senders, in one process or in several on one PostgreSQL, may share one store: each
 * delivery is claimed by one sender at a time. E-mail watches go through the outbox ({@link
 * MailSender}). Thread-safe.
 */
public final class WatchSender implements AutoCloseable {
  private final WebhookSender sender;

  private WatchSender(WebhookSender sender) {
    this.sender = sender;
  }

  /** Starts delivering the webhooks of {@code store}'s watches as {@code options} say. */
  public static WatchSender start(Store store, WebhookOptions options) {
    Objects.requireNonNull(store, "store");
    return new WatchSender(WebhookSender.start(store.watches(), options));
  }

  /** Stops delivering; an attempt in progress finishes first. */
  @Override
  public void close() {
    sender.close();
  }
}
