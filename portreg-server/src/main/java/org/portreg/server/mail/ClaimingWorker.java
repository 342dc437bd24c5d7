package org.portreg.server.mail;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;

/**
 * What the background senders share ({@link OutboxSender}, {@link WebhookSender}): one daemon
 * thread that, every poll interval, claims due items from the store under the worker's own random
 * name, a batch at a time until a batch comes back short, and hands each to the sender; a failure
 * of the store is logged and tried again at the next poll. Thread-safe.
 *
 * @param <T> what is claimed
 */
final class ClaimingWorker<T> implements AutoCloseable {
  private static final Duration LONGEST_WAIT = Duration.ofDays(1);

  /** Claims up to {@code batch} due items for {@code worker}. */
  interface Claims<T> {
    List<T> claim(String worker, int batch);
  }

  private final String worker = UUID.randomUUID().toString();
  private final ScheduledExecutorService timer;
  private final int batch;
  private final Claims<T> claims;
  private final Consumer<T> send;
  private final Logger log;
  private final String what;

  /**
   * A worker that has not started.
   *
   * @param thread the thread's name
   * @param what what it reads, for the log ("the outbox")
   */
  ClaimingWorker(
      String thread, String what, int batch, Claims<T> claims, Consumer<T> send, Logger log) {
    this.batch = batch;
    this.claims = claims;
    this.send = send;
    this.log = log;
    this.what = what;
    this.timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, thread);
              t.setDaemon(true);
              return t;
            });
  }

  /** The random name this worker claims under. */
  String worker() {
    return worker;
  }

  /** Starts claiming now and then every {@code poll}. */
  void start(Duration poll) {
    timer.scheduleWithFixedDelay(this::sendDue, 0, poll.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Claims and sends what is due. */
  void sendDue() {
    try {
      List<T> claimed;
      do {
        claimed = claims.claim(worker, batch);
        claimed.forEach(send);
      } while (claimed.size() == batch && !timer.isShutdown());
    } catch (RuntimeException e) {
      log.warn("cannot read {}: {}", what, e.getMessage());
    }
  }

  /** {@code first} doubled once per earlier failure, at most a day. */
  static Duration backoff(Duration first, int earlierFailures) {
    int doublings = Math.min(earlierFailures, 30);
    Duration wait = first.multipliedBy(1L << doublings);
    return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
  }

  /** Stops claiming; a send in progress finishes first (within a minute). */
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
