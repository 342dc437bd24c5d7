package org.portreg.cli.common;

import java.io.IOException;
import java.nio.file.Path;
import org.portreg.index.CompactIndex;

/**
 * The compact indexes other commands may answer from without building a registry: a file's, from
 * its index cache (built and saved on a miss), and a default-database version's, from the
 * database's snapshot when it is valid.
 */
public final class CompactIndexes {
  private CompactIndexes() {}

  /** The index of the registry file {@code file}, from the cache when it is valid. */
  public static CompactIndex ofFile(Path file) throws IOException {
    return IndexCache.load(file, IndexCache.dir());
  }

  /**
   * The index of the default database's version {@code asOf} names (null: the newest), or null when
   * its snapshot is missing, stale or has no such version.
   */
  public static CompactIndex ofDefaultDatabase(String asOf) {
    DbSnapshot snapshot = DbSnapshot.openDefault();
    DbSnapshot.Version version = snapshot == null ? null : snapshot.resolve(asOf);
    return version == null ? null : snapshot.index(version);
  }
}
