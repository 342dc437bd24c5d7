package org.portreg.cli.registry;

import org.portreg.cli.common.DbSnapshot;
import org.portreg.cli.common.LocalOverlay;
import org.portreg.index.CompactIndex;
import org.portreg.search.SearchSnapshot;

/**
 * The default database's {@link DbSnapshot} as the cold paths use it: a version's index and search
 * snapshot, or null whenever the full path must answer (no default SQLite file, no valid snapshot,
 * no version the reference names).
 */
final class ColdSnapshot {
  private ColdSnapshot() {}

  /** The version {@code asOf} names (null: the newest), or null. */
  static DbSnapshot.Version version(DbSnapshot snapshot, String asOf) {
    return snapshot == null ? null : snapshot.resolve(asOf);
  }

  /** The default database's snapshot when it is valid, else null. */
  static DbSnapshot open() {
    return DbSnapshot.openDefault();
  }

  /** A version's index and the database's overlay, or null when the full path must answer. */
  static Indexed indexed(String asOf) {
    DbSnapshot snapshot = open();
    DbSnapshot.Version version = version(snapshot, asOf);
    CompactIndex index = version == null ? null : snapshot.index(version);
    LocalOverlay overlay = index == null ? null : snapshot.local();
    return overlay == null ? null : new Indexed(index, overlay);
  }

  /** A version's compact index with the database's local assignments. */
  record Indexed(CompactIndex index, LocalOverlay overlay) {}

  /** The index and search snapshot of the version {@code asOf} names, or null. */
  static Pair pair(String asOf) {
    DbSnapshot snapshot = open();
    DbSnapshot.Version version = version(snapshot, asOf);
    if (version == null) {
      return null;
    }
    CompactIndex index = snapshot.index(version);
    SearchSnapshot search = index == null ? null : snapshot.search(version);
    LocalOverlay overlay = search == null ? null : snapshot.local();
    return overlay == null ? null : new Pair(snapshot, index, search, overlay);
  }

  /**
   * A version's index and search snapshot, with the catalogue they came from and the database's
   * local assignments.
   */
  record Pair(
      DbSnapshot snapshot, CompactIndex index, SearchSnapshot search, LocalOverlay overlay) {}
}
