package org.portreg.server.spi;

import java.util.Objects;
import org.portreg.model.PartialDate;

/**
 * A registry version in a listing, without its records.
 *
 * @param id the version's id (see {@link RegistryVersion#id()})
 * @param updated the registry's Last Updated date
 * @param recordCount how many records the version has, at least 0
 */
public record VersionInfo(String id, PartialDate updated, int recordCount) {
  /** Checks no component is null and the count is not negative. */
  public VersionInfo {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(updated, "updated");
    if (recordCount < 0) {
      throw new IllegalArgumentException("recordCount must be at least 0, was " + recordCount);
    }
  }
}
