package org.portreg.server.registry;

import java.time.LocalDate;
import org.portreg.error.InvalidInputException;
import org.portreg.error.NotFoundException;
import org.portreg.history.VersionRef;
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
   * The version a request names: {@code DATE.N} the N-th version of that day ({@code DATE.1} the
   * first), a bare {@code DATE} the last version of that day. These are the names the server writes
   * in its links ({@link org.portreg.server.spi.VersionInfo#name()}), so they round-trip.
   *
   * @throws InvalidInputException when {@code ref} is not of either form
   * @throws NotFoundException when no version has that name
   */
  public static RegistryVersion at(RegistrySource source, String ref) {
    VersionRef parsed = parse(ref);
    return source
        .version(parsed)
        .orElseThrow(() -> new NotFoundException("no registry version " + parsed));
  }

  /** Reads {@code DATE} or {@code DATE.N}; relative forms such as {@code today} are refused. */
  static VersionRef parse(String ref) {
    String text = ref == null ? "" : ref.strip();
    boolean explicit =
        !text.isEmpty() && text.chars().allMatch(c -> c == '-' || c == '.' || c >= '0' && c <= '9');
    if (explicit && !text.startsWith("-")) {
      VersionRef parsed = VersionRef.parse(text, LocalDate.EPOCH);
      if (parsed.toString().equals(text)) {
        return parsed;
      }
    }
    throw new InvalidInputException(
        "version must be YYYY-MM-DD (the last version of that day) or YYYY-MM-DD.N (its N-th),"
            + " was '"
            + (text.length() > 32 ? text.substring(0, 32) + "…" : text)
            + "'");
  }
}
