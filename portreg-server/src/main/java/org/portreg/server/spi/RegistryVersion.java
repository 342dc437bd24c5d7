package org.portreg.server.spi;

import java.util.Objects;
import org.portreg.model.PartialDate;
import org.portreg.model.Registry;

/**
 * One registry version as the server serves it. Immutable and thread-safe.
 *
 * @param id identifies the content: equal ids mean equal content, so it keys caches and ETags;
 *     non-blank, no double quotes
 * @param registry the registry of this version
 */
public record RegistryVersion(String id, Registry registry) {
  /** Checks the id is usable inside an ETag and the registry is present. */
  public RegistryVersion {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(registry, "registry");
    if (id.isBlank() || id.contains("\"") || id.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
      throw new IllegalArgumentException(
          "version id must be visible ASCII without '\"', was " + id);
    }
  }

  /** The registry's Last Updated date. */
  public PartialDate updated() {
    return registry.header().updated();
  }

  /** What a version listing shows of this version. */
  public VersionInfo info() {
    return new VersionInfo(id, updated(), registry.records().size());
  }
}
