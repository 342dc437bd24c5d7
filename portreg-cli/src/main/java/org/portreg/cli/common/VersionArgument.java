package org.portreg.cli.common;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.Supplier;
import org.portreg.error.InvalidInputException;
import org.portreg.error.NotFoundException;
import org.portreg.history.VersionRef;
import org.portreg.model.Registry;
import org.portreg.store.Store;
import org.portreg.store.StoredVersion;

/**
 * A registry version named on the command line: an existing file (any readable format), or a
 * version of the store ({@link VersionRef}: {@code YYYY-MM-DD} for the registry as it stood on that
 * day, {@code YYYY-MM-DD.N}, {@code today}, {@code yesterday}, {@code -30d}). Opens the store only
 * when a date is given; {@link #close()} closes it. Not thread-safe.
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
    Optional<StoredVersion> version = stored(argument);
    return version.isEmpty() ? InputLimit.read(Path.of(argument)) : store().registry(version.get());
  }

  /**
   * The stored version {@code argument} names, or empty when it names a file (a path that exists,
   * or one that is no version's name).
   *
   * @throws NotFoundException when it names a version the store does not hold
   */
  public Optional<StoredVersion> stored(String argument) {
    Optional<VersionRef> ref = versionRef(argument);
    if (Files.exists(Path.of(argument)) || ref.isEmpty()) {
      return Optional.empty();
    }
    StoredVersion version =
        store()
            .find(ref.get())
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "no registry version stored "
                            + (ref.get().ordinal().isPresent() ? "as " : "on or before ")
                            + argument
                            + " (import one with 'portreg db import FILE')"));
    return Optional.of(version);
  }

  /**
   * Whether {@code argument} names a stored version rather than a file, as {@link #stored} reads
   * it.
   */
  public static boolean namesVersion(String argument) {
    return !Files.exists(Path.of(argument)) && versionRef(argument).isPresent();
  }

  /** The store the versions come from, opened on first use. */
  public Store store() {
    if (store == null) {
      store = opener.get();
    }
    return store;
  }

  /** The id users see for a stored version ({@code DATE} or {@code DATE.N}). */
  public String idOf(StoredVersion version) {
    return store().idOf(version);
  }

  private static Optional<VersionRef> versionRef(String argument) {
    try {
      return Optional.of(VersionRef.parse(argument, LocalDate.now(ZoneOffset.UTC)));
    } catch (InvalidInputException e) {
      return Optional.empty();
    }
  }

  @Override
  public void close() {
    if (store != null) {
      store.close();
    }
  }
}
