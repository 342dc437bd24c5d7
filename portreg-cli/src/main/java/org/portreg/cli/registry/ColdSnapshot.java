package org.portreg.cli.registry;

import org.portreg.cli.common.CompactIndexes;
import org.portreg.cli.common.DbSnapshot;
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

  /** The compact index of the version {@code asOf} names, or null. */
  static CompactIndex index(String asOf) {
    return CompactIndexes.ofDefaultDatabase(asOf);
  }

  /** The index and search snapshot of the version {@code asOf} names, or null. */
  static Pair pair(String asOf) {
    DbSnapshot snapshot = open();
    DbSnapshot.Version version = version(snapshot, asOf);
    if (version == null) {
      return null;
    }
    CompactIndex index = snapshot.index(version);
    SearchSnapshot search = index == null ? null : snapshot.search(version);
    return search == null ? null : new Pair(snapshot, index, search);
  }

  /** A version's index and search snapshot, with the catalogue they came from. */
  record Pair(DbSnapshot snapshot, CompactIndex index, SearchSnapshot search) {}
}
