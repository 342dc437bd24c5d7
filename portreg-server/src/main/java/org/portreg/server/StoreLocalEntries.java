package org.portreg.server;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.portreg.local.LocalAssignment;
import org.portreg.server.spi.LocalEntries;

/**
 * The local assignments of the store, re-read at most once per poll interval, on the first request
 * after it elapsed (as {@link StoreRegistrySource} does with versions): an entry added by {@code
 * portreg local add}, an import or another instance shows everywhere within one interval, and
 * {@link #refresh()} makes a write of this server show at once. Each new set of entries gets a new
 * generation. Thread-safe.
 */
final class StoreLocalEntries implements LocalEntries {
  private final Supplier<List<LocalAssignment>> read;
  private final long pollMillis;
  private final Clock clock;
  private long generations;
  private volatile Polled last;

  /** What the last poll saw, and when it looked. */
  private record Polled(Overlay overlay, long checkedAt) {}

  StoreLocalEntries(Supplier<List<LocalAssignment>> read, Duration pollInterval, Clock clock) {
    this.read = Objects.requireNonNull(read, "read");
    this.pollMillis = pollInterval.toMillis();
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public Overlay current() {
    Polled seen = last;
    if (seen != null && clock.millis() - seen.checkedAt() < pollMillis) {
      return seen.overlay();
    }
    synchronized (this) {
      seen = last;
      if (seen == null || clock.millis() - seen.checkedAt() >= pollMillis) {
        seen = new Polled(next(seen == null ? null : seen.overlay(), read.get()), clock.millis());
        last = seen;
      }
      return seen.overlay();
    }
  }

  /** The overlay of {@code entries}: the previous one when they are the same. */
  private Overlay next(Overlay previous, List<LocalAssignment> entries) {
    if (entries.isEmpty()) {
      return Overlay.EMPTY;
    }
    if (previous != null && previous.entries().equals(entries)) {
      return previous;
    }
    return new Overlay(++generations, entries);
  }

  @Override
  public Optional<Overlay> currentIfAtHand() {
    Polled seen = last;
    return seen != null && clock.millis() - seen.checkedAt() < pollMillis
        ? Optional.of(seen.overlay())
        : Optional.empty();
  }

  @Override
  public void refresh() {
    Polled seen = last;
    if (seen != null) {
      last = new Polled(seen.overlay(), Long.MIN_VALUE / 2);
    }
  }
}
