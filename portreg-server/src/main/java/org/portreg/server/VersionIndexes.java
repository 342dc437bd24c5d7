package org.portreg.server;

/** The {@link VersionIndex} of each recently used version, keyed by version id. Thread-safe. */
final class VersionIndexes {
  private final BoundedCache<String, VersionIndex> cache = new BoundedCache<>(4);

  VersionIndex of(RegistryVersion version) {
    return cache.get(version.id(), () -> new VersionIndex(version));
  }
}
