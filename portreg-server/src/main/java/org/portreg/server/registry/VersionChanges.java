package org.portreg.server.registry;

import java.util.List;
import org.portreg.diff.Diff;
import org.portreg.server.http.BoundedCache;
import org.portreg.server.spi.RegistrySource;
import org.portreg.server.spi.VersionInfo;

/**
 * How many records each version added, removed and changed against the version before it, for the
 * versions page. Computed once per pair of version ids and kept (a few numbers per pair, up to
 * {@value #PAIRS} pairs), computed by the source ({@link RegistrySource#diff}: from the rows two
 * stored versions do not share, for the store). Thread-safe.
 */
public final class VersionChanges {
  static final int PAIRS = 4096;

  private final RegistrySource source;
  private final BoundedCache<Pair, Counts> cache = new BoundedCache<>(PAIRS);

  /** The cache key: the two versions' content ids. */
  private record Pair(String older, String newer) {}

  /**
   * What changed between two versions.
   *
   * @param added records only the newer version has
   * @param removed records only the older version has
   * @param changed records both have with different fields
   */
  public record Counts(int added, int removed, int changed) {
    static Counts of(Diff diff) {
      return new Counts(diff.recordsAdded(), diff.recordsRemoved(), diff.recordsChanged());
    }
  }

  public VersionChanges(RegistrySource source) {
    this.source = source;
  }

  /**
   * The changes from {@code older} to {@code newer}, computed on first use.
   *
   * @throws org.portreg.error.NotFoundException when either version is no longer held
   */
  public Counts between(VersionInfo older, VersionInfo newer) {
    return cache.get(new Pair(older.id(), newer.id()), () -> Counts.of(source.diff(older, newer)));
  }

  /**
   * Computes the changes of every pair of consecutive versions not known yet, newest first (the
   * versions page's order), so that the page's first load does not wait for them (they took seconds
   * for the real history's 42 versions). Stops when interrupted; a failure (the store closing with
   * the server) ends it, and the page computes what is missing on demand.
   *
   * @param newestFirst the versions, newest first, as the source lists them
   */
  public void warm(List<VersionInfo> newestFirst) {
    for (int i = 0; i + 1 < newestFirst.size(); i++) {
      if (Thread.currentThread().isInterrupted()) {
        return;
      }
      between(newestFirst.get(i + 1), newestFirst.get(i));
    }
  }
}
