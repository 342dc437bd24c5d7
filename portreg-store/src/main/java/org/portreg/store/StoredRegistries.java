package org.portreg.store;

import org.portreg.diff.Diff;
import org.portreg.index.RegistryIndex;
import org.portreg.store.DriftLog.Named;

/**
 * The registries of {@link DriftLog} read from the store itself, for a command line run: diffs from
 * the rows two versions do not share ({@link Store#diff}), and the index of the version asked last
 * kept (it is asked for only when a record collides with a local assignment). Not thread-safe.
 */
final class StoredRegistries implements DriftLog.Registries {
  private final Store store;
  private int indexedId = -1;
  private RegistryIndex index;

  StoredRegistries(Store store) {
    this.store = store;
  }

  @Override
  public Diff diff(Named older, Named newer) {
    return store.diff(older.stored(), newer.stored());
  }

  @Override
  public RegistryIndex index(Named version) {
    if (indexedId != version.stored().id()) {
      index = RegistryIndex.of(store.registry(version.stored()));
      indexedId = version.stored().id();
    }
    return index;
  }
}
