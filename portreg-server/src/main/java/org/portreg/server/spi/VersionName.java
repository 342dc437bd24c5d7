package org.portreg.server.spi;

import org.portreg.model.PartialDate;

/** The name of a version from its date and its place among the versions of that day. */
final class VersionName {
  private VersionName() {}

  static void check(int ordinal, int countOnDay) {
    if (ordinal < 1 || ordinal > countOnDay) {
      throw new IllegalArgumentException(
          "version ordinal must be 1.." + countOnDay + ", was " + ordinal);
    }
  }

  /** The date when the day has one version, {@code DATE.N} when it has several. */
  static String of(PartialDate updated, int ordinal, int countOnDay) {
    return countOnDay == 1 ? updated.toString() : updated + "." + ordinal;
  }
}
