package org.portreg.server.registry;

import java.util.Optional;
import org.portreg.server.RegistryVersion;
import org.portreg.server.http.BoundedCache;

/** The {@link VersionIndex} of each recently used version, keyed by version id. Thread-safe. */
public final class VersionIndexes {
  private final BoundedCache<String, VersionIndex> cache = new BoundedCache<>(4);

  /** The index asked for last: nearly every request wants the current version's. */
  private volatile VersionIndex last;

  /** The index of {@code version} if it is already built, without building it. */
  Optional<VersionIndex> ifBuilt(RegistryVersion version) {
    VersionIndex seen = last;
    return seen != null && seen.version().id().equals(version.id())
        ? Optional.of(seen)
        : Optional.empty();
  }

  VersionIndex of(RegistryVersion version) {
    VersionIndex seen = last;
    if (seen != null && seen.version().id().equals(version.id())) {
      return seen; // the hot path: no lock shared by all request threads
    }
    VersionIndex index = cache.get(version.id(), () -> new VersionIndex(version));
    last = index;
    return index;
  }
}
