package org.portreg.server.spi;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.portreg.diff.Diff;
import org.portreg.diff.RegistryDiff;
import org.portreg.error.NotFoundException;
import org.portreg.history.Change;
import org.portreg.history.HistoryQuery;
import org.portreg.history.VersionRef;
import org.portreg.model.Registry;

/**
 * Where the server reads registry versions from. The server asks on every request and keys its
 * caches by {@link RegistryVersion#id()}, so an implementation may switch to a newly imported
 * version at any time (a store-backed source polls its database every few seconds and returns the
 * same {@code RegistryVersion} object until the content changes). Implementations must be
 * thread-safe and should answer {@link #current()} in constant time.
 *
 * <p>Methods throw {@link org.portreg.error.StoreException} (or another unchecked exception) when
 * the underlying store cannot be read; the server answers such requests with 500 and {@code
 * /healthz} with 503.
 */
public interface RegistrySource {
  /** The version to serve by default, the newest imported one; empty when none is imported. */
  Optional<RegistryVersion> current();

  /**
   * The current version when it can be had without blocking (no database query, no parsing), for
   * callers on a network thread; empty when {@link #current()} would have to block. The default
   * suits sources that hold their versions in memory.
   */
  default Optional<RegistryVersion> currentIfAtHand() {
    return current();
  }

  /** Every version the source holds, newest first; empty when none is imported. */
  List<VersionInfo> versions();

  /**
   * The version {@code ref} names: for {@code DATE.N} exactly the N-th version of that day (in
   * import order; {@code DATE.1} is the first), for a bare date the last version of that day (IANA
   * republishes without changing the date, and a registrar may publish twice a day). Never a
   * version of another day.
   */
  Optional<RegistryVersion> version(VersionRef ref);

  /**
   * The change log of a service or port across every version, oldest first. Only a source with
   * history (the store) has one.
   *
   * @throws FeatureUnavailableException by default: a file source keeps no history
   */
  default List<Change> history(HistoryQuery query) {
    throw new FeatureUnavailableException(
        "history needs the store: run portreg serve --db URL (or without --registry)");
  }

  /** Whether {@link #history} answers; false by default. */
  default boolean hasHistory() {
    return false;
  }

  /**
   * What changed from {@code older} to {@code newer}, two of {@link #versions()}. By default the
   * diff of the two registries; the store's source computes it from the rows the two versions do
   * not share, without assembling either.
   *
   * @throws NotFoundException when either version is no longer held (another version has taken its
   *     name since)
   */
  default Diff diff(VersionInfo older, VersionInfo newer) {
    return RegistryDiff.compare(registryOf(older), registryOf(newer));
  }

  private Registry registryOf(VersionInfo info) {
    VersionRef ref = VersionRef.parse(info.name(), LocalDate.EPOCH);
    return version(ref)
        .filter(v -> v.id().equals(info.id()))
        .orElseThrow(
            () ->
                new NotFoundException(
                    "version " + info.name() + " is no longer held as it was: reload the page"))
        .registry();
  }
}
