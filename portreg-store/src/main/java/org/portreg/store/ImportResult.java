package org.portreg.store;

import java.util.Objects;

/**
 * What one import did.
 *
 * @param version the stored version (the existing one when nothing was imported)
 * @param imported false when the store already held exactly this version, so nothing changed
 * @param partsAdded how many part rows (records, people, header elements) were added
 * @param partsClosed how many part rows stopped being valid with this version
 */
public record ImportResult(
    StoredVersion version, boolean imported, int partsAdded, int partsClosed) {
  /** Checks no component is null. */
  public ImportResult {
    Objects.requireNonNull(version, "version");
  }
}
