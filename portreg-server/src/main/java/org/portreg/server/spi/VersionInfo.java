package org.portreg.server.spi;

import java.util.Objects;
import org.portreg.model.PartialDate;

/**
 * A registry version in a listing, without its records.
 *
 * @param id the version's content id (see {@link RegistryVersion#id()}), for caches and ETags
 * @param updated the registry's Last Updated date
 * @param recordCount how many records the version has, at least 0
 * @param ordinal which version of its day it is, from 1 (in import order)
 * @param countOnDay how many versions share its date, at least {@code ordinal}
 */
public record VersionInfo(
    String id, PartialDate updated, int recordCount, int ordinal, int countOnDay) {
  /** Checks no component is null, the count is not negative and the ordinal is in range. */
  public VersionInfo {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(updated, "updated");
    if (recordCount < 0) {
      throw new IllegalArgumentException("recordCount must be at least 0, was " + recordCount);
    }
    VersionName.check(ordinal, countOnDay);
  }

  /** The only version of its day. */
  public VersionInfo(String id, PartialDate updated, int recordCount) {
    this(id, updated, recordCount, 1, 1);
  }

  /**
   * The name users see and URLs carry: the date when the day has one version, {@code DATE.N} when
   * it has several ({@link org.portreg.history.VersionRef#idOf}).
   */
  public String name() {
    return VersionName.of(updated, ordinal, countOnDay);
  }

  /** The name with its ordinal always explicit ({@code DATE.1}): it never changes. */
  public String stableName() {
    return updated + "." + ordinal;
  }
}
