package org.portreg.server.registry;

import org.portreg.error.InvalidInputException;
import org.portreg.error.NotFoundException;
import org.portreg.model.PartialDate;
import org.portreg.server.spi.RegistrySource;
import org.portreg.server.spi.RegistryVersion;

/** The one place where a request's registry version is resolved: the current one or a date's. */
public final class Versions {
  private Versions() {}

  /**
   * The current version.
   *
   * @throws NotFoundException when nothing has been imported yet
   */
  public static RegistryVersion current(RegistrySource source) {
    return source
        .current()
        .orElseThrow(() -> new NotFoundException("no registry has been imported yet"));
  }

  /**
   * The version of a date given as text.
   *
   * @throws NotFoundException when no version has that date
   */
  public static RegistryVersion at(RegistrySource source, String date) {
    PartialDate updated;
    try {
      updated = PartialDate.parse(date);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          "version date must be YYYY-MM-DD, was '" + date + "': " + e.getMessage(), e);
    }
    return source
        .version(updated)
        .orElseThrow(() -> new NotFoundException("no registry version of " + updated));
  }
}
