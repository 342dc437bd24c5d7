package org.portreg.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.portreg.error.NotFoundException;
import org.portreg.format.Registries;
import org.portreg.index.RegistryIndex;
import org.portreg.model.Registry;
import org.portreg.store.Store;
import picocli.CommandLine.Option;

/**
 * {@code --registry FILE}: the one place that decides which registry a command reads. Without the
 * option, the file named by {@code PORTREG_REGISTRY}; the default database takes this place once
 * the store exists.
 */
public final class RegistryOption {
  /** The environment variable naming the registry file when {@code --registry} is absent. */
  static final String ENV = "PORTREG_REGISTRY";

  @Option(
      names = "--registry",
      paramLabel = "FILE",
      description =
          "Registry file in any format portreg reads (.xml, .xml.gz, ...); default: $PORTREG_REGISTRY,"
              + " else the database.")
  private Path file;

  @Option(
      names = "--db",
      paramLabel = "JDBC-URL",
      description =
          "Database when no file is given: jdbc:sqlite:PATH or jdbc:postgresql://HOST/DB?user=..."
              + " (default: $PORTREG_DB, else SQLite under the user's data directory).")
  private String db;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      description = "Use the registry as it stood on DATE (YYYY-MM-DD), from the database.")
  private LocalDate asOf;

  /**
   * The registry file named by the option or {@code PORTREG_REGISTRY}, if any.
   *
   * @throws UsageException when a file is named together with {@code --as-of}
   */
  Optional<Path> file() {
    Optional<Path> path = Optional.ofNullable(resolve(file, System.getenv(ENV)));
    if (path.isPresent() && asOf != null) {
      throw new UsageException(
          "--as-of reads the database; it cannot be combined with --registry or PORTREG_REGISTRY");
    }
    return path;
  }

  /** The file named by {@code option}, else by {@code env}, else null (use the database). */
  static Path resolve(Path option, String env) {
    if (option != null) {
      return option;
    }
    return env != null && !env.isBlank() ? Path.of(env) : null;
  }

  /**
   * The registry: read from the file, or the database's current version (or the one as of {@code
   * --as-of}).
   *
   * @throws UsageException when {@code --as-of} is combined with a file
   * @throws NotFoundException when the database holds no version for that date
   */
  public Registry read() {
    Optional<Path> path = file();
    if (path.isPresent()) {
      return Registries.read(path.get());
    }
    try (Store store = Store.open(db != null ? db : Store.defaultUrl())) {
      Optional<Registry> registry = asOf == null ? store.current() : store.asOf(asOf);
      return registry.orElseThrow(() -> nothingStored(store.url()));
    }
  }

  /** The database URL: {@code --db}, else the default ({@code PORTREG_DB} or SQLite). */
  public String dbUrl() {
    return db != null ? db : Store.defaultUrl();
  }

  private NotFoundException nothingStored(String url) {
    String when = asOf == null ? "" : " on or before " + asOf;
    return new NotFoundException(
        "no registry version stored"
            + when
            + " in "
            + url
            + "; import one with 'portreg db import FILE' or 'portreg update', or give --registry"
            + " FILE");
  }

  /** The index of the registry {@link #read()} returns. */
  public RegistryIndex index() {
    return RegistryIndex.of(read());
  }
}
