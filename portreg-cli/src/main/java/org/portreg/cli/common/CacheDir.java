package org.portreg.cli.common;

import java.nio.file.Path;

/** Where the command line keeps what it can rebuild: index caches and database snapshots. */
public final class CacheDir {
  private CacheDir() {}

  /**
   * The system property {@code portreg.cache} when set (tests use it), else {@code
   * $XDG_CACHE_HOME/portreg}, else {@code ~/.cache/portreg}; null when there is no home either.
   */
  public static Path dir() {
    String configured = System.getProperty("portreg.cache");
    if (configured != null && !configured.isEmpty()) {
      return Path.of(configured);
    }
    return of(System.getenv("XDG_CACHE_HOME"), System.getProperty("user.home"));
  }

  /** {@code $XDG_CACHE_HOME/portreg}, else {@code ~/.cache/portreg}. */
  public static Path of(String xdgCacheHome, String userHome) {
    if (xdgCacheHome != null && !xdgCacheHome.isEmpty()) {
      return Path.of(xdgCacheHome, "portreg");
    }
    return userHome == null ? null : Path.of(userHome, ".cache", "portreg");
  }
}
