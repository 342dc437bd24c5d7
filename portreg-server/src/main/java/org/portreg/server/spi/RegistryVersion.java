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
 * @param source where it came from, as the store or the file source records it (a store's versions
 *     seeded from the snapshot bundled with portreg start with {@code bundled:}); may be empty
 * @param ordinal which version of its day it is, from 1 (in import order)
 * @param countOnDay how many versions share its date, at least {@code ordinal}
 */
public record RegistryVersion(
    String id, Registry registry, String source, int ordinal, int countOnDay) {
  /** The prefix of the source of a version seeded from the registry bundled with portreg. */
  public static final String BUNDLED_PREFIX = "bundled:";

  /** A version of unknown source. */
  public RegistryVersion(String id, Registry registry) {
    this(id, registry, "");
  }

  /** The only version of its day. */
  public RegistryVersion(String id, Registry registry, String source) {
    this(id, registry, source, 1, 1);
  }

  /** Checks the id is usable inside an ETag and the registry is present. */
  public RegistryVersion {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(registry, "registry");
    Objects.requireNonNull(source, "source");
    if (id.isBlank() || id.contains("\"") || id.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
      throw new IllegalArgumentException(
          "version id must be visible ASCII without '\"', was " + id);
    }
    VersionName.check(ordinal, countOnDay);
  }

  /**
   * The name users see and URLs carry: the date when the day has one version, {@code DATE.N} when
   * it has several ({@link org.portreg.history.VersionRef#idOf}).
   */
  public String name() {
    return VersionName.of(updated(), ordinal, countOnDay);
  }

  /** The registry's Last Updated date. */
  public PartialDate updated() {
    return registry.header().updated();
  }

  /** Whether this version is the registry snapshot bundled with portreg, seeded into a store. */
  public boolean isBundled() {
    return source.startsWith(BUNDLED_PREFIX);
  }

  /** What a version listing shows of this version. */
  public VersionInfo info() {
    return new VersionInfo(id, updated(), registry.records().size(), ordinal, countOnDay);
  }
}
