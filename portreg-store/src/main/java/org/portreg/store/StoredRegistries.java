package org.portreg.store;

import org.portreg.diff.Diff;
import org.portreg.diff.RegistryDiff;
import org.portreg.index.RegistryIndex;
import org.portreg.model.Registry;
import org.portreg.store.DriftLog.Named;

/**
 * The registries of {@link DriftLog} read from the store itself, for a command line run: the last
 * two registries read and the last index built are kept, so that a walk through consecutive
 * versions reads each once. Not thread-safe.
 */
final class StoredRegistries implements DriftLog.Registries {
  private final Store store;
  private int newerId = -1;
  private Registry newer;
  private int olderId = -1;
  private Registry older;
  private int indexedId = -1;
  private RegistryIndex index;

  StoredRegistries(Store store) {
    this.store = store;
  }

  @Override
  public Diff diff(Named from, Named to) {
    return RegistryDiff.compare(registry(from), registry(to));
  }

  @Override
  public RegistryIndex index(Named version) {
    if (indexedId != version.stored().id()) {
      index = RegistryIndex.of(registry(version));
      indexedId = version.stored().id();
    }
    return index;
  }

  private Registry registry(Named version) {
    int id = version.stored().id();
    if (id == newerId) {
      return newer;
    }
    if (id == olderId) {
      return older;
    }
    olderId = newerId;
    older = newer;
    newerId = id;
    newer = store.registry(version.stored());
    return newer;
  }
}
