package org.portreg.server.spi;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.portreg.local.LocalAssignment;

/**
 * Where the server reads the organisation's current local assignments, which the lookup API, the
 * search API and the registry, service and port pages show beside IANA's records, marked as local.
 * The server asks on every such request and keys what it caches by {@link Overlay#generation()}, so
 * an implementation may switch to new entries at any time (the store-backed one re-reads them every
 * few seconds, as versions are). Implementations must be thread-safe.
 */
public interface LocalEntries {
  /** No local assignments, ever: a server without a store. */
  LocalEntries NONE = () -> Overlay.EMPTY;

  /**
   * The current local assignments.
   *
   * @throws org.portreg.error.StoreException when the store cannot be read
   */
  Overlay current();

  /**
   * The current local assignments when they can be had without blocking (no database query), for
   * callers on a network thread; empty when {@link #current()} would have to block. The default
   * suits implementations that hold them in memory.
   */
  default Optional<Overlay> currentIfAtHand() {
    return Optional.of(current());
  }

  /** Forgets what was read, so that the next request sees a write made here at once. */
  default void refresh() {}

  /**
   * The local assignments as read at one moment.
   *
   * @param generation 0 when there are none; otherwise a number that differs whenever the entries
   *     differ (within one server process), for cache keys
   * @param entries the current local assignments
   */
  record Overlay(long generation, List<LocalAssignment> entries) {
    /** No local assignment. */
    public static final Overlay EMPTY = new Overlay(0, List.of());

    /** Copies the entries; checks that only no entries have generation 0. */
    public Overlay {
      entries = List.copyOf(Objects.requireNonNull(entries, "entries"));
      if ((generation == 0) != entries.isEmpty()) {
        throw new IllegalArgumentException(
            "generation 0 is for no entries, was " + generation + " with " + entries.size());
      }
    }

    /** Whether there is no local assignment. */
    public boolean isEmpty() {
      return entries.isEmpty();
    }
  }
}
