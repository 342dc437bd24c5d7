package org.portreg.server.registry;

import java.util.Optional;
import org.portreg.server.http.BoundedCache;
import org.portreg.server.spi.RegistrySource;
import org.portreg.server.spi.RegistryVersion;

/**
 * The {@link VersionContext} of each recently used version: the one cache of what the server
 * derives from a version, keyed by version id and bounded to {@value #VERSIONS} versions.
 * Thread-safe.
 */
public final class VersionContexts {
  static final int VERSIONS = 4;

  private final RegistrySource source;
  private final BoundedCache<String, VersionContext> cache = new BoundedCache<>(VERSIONS);

  /** The context asked for last: nearly every request wants the current version's. */
  private volatile VersionContext last;

  public VersionContexts(RegistrySource source) {
    this.source = source;
  }

  /** The context of the current version. */
  public VersionContext current() {
    return of(Versions.current(source));
  }

  /** The context of the version that {@code ref} names (a date, {@code DATE.N}, ...). */
  public VersionContext at(String ref) {
    return of(Versions.at(source, ref));
  }

  /** The current version's context when it is at hand without blocking, else empty. */
  Optional<VersionContext> currentIfAtHand() {
    return source.currentIfAtHand().flatMap(this::ifBuilt);
  }

  /** The context of {@code version} if it is already built, without building it. */
  private Optional<VersionContext> ifBuilt(RegistryVersion version) {
    VersionContext seen = last;
    return seen != null && seen.version().id().equals(version.id())
        ? Optional.of(seen)
        : Optional.empty();
  }

  /** The context of {@code version}, built on first use. */
  public VersionContext of(RegistryVersion version) {
    VersionContext seen = last;
    if (seen != null && seen.version().id().equals(version.id())) {
      return seen; // the hot path: no lock shared by all request threads
    }
    VersionContext context = cache.get(version.id(), () -> new VersionContext(version));
    last = context;
    return context;
  }
}
