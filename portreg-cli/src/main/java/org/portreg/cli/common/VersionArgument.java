package org.portreg.cli.common;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Supplier;
import org.portreg.error.NotFoundException;
import org.portreg.format.Registries;
import org.portreg.model.Registry;
import org.portreg.store.Store;

/**
 * A registry version named on the command line: an existing file (any readable format), or a date
 * {@code YYYY-MM-DD} meaning the registry as it stood on that day in the store. Opens the store
 * only when a date is given; {@link #close()} closes it. Not thread-safe.
 */
public final class VersionArgument implements RegistryArgument, AutoCloseable {
  private final Supplier<Store> opener;
  private Store store;

  /** Versions from files, or from the store {@code opener} opens when a date is given. */
  public VersionArgument(Supplier<Store> opener) {
    this.opener = opener;
  }

  @Override
  public Registry resolve(String argument) {
    Path file = Path.of(argument);
    if (Files.exists(file) || !looksLikeDate(argument)) {
      return Registries.read(file);
    }
    LocalDate date = LocalDate.parse(argument);
    return store()
        .asOf(date)
        .orElseThrow(
            () ->
                new NotFoundException(
                    "no registry version stored on or before "
                        + argument
                        + " (import one with 'portreg db import FILE')"));
  }

  private static boolean looksLikeDate(String argument) {
    try {
      LocalDate.parse(argument);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private Store store() {
    if (store == null) {
      store = opener.get();
    }
    return store;
  }

  @Override
  public void close() {
    if (store != null) {
      store.close();
    }
  }
}
