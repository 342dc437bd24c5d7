package org.portreg.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One registry version held by the store.
 *
 * @param id the store's number for the version; grows with {@code updated}
 * @param updated the registry's own Last Updated date, which identifies the version
 * @param source where it was imported from (a file name or URL)
 * @param importedAt when it was imported
 * @param records how many records it has
 * @param sha256 the SHA-256 (hex) of its XML text, as exported by {@link Store#exportXml}
 */
public record StoredVersion(
    int id, LocalDate updated, String source, Instant importedAt, int records, String sha256) {
  /** Checks no component is null. */
  public StoredVersion {
    Objects.requireNonNull(updated, "updated");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(importedAt, "importedAt");
    Objects.requireNonNull(sha256, "sha256");
  }
}
