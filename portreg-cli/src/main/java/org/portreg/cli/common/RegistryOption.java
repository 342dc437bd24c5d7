package org.portreg.cli.common;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.portreg.data.BundledRegistry;
import org.portreg.error.NotFoundException;
import org.portreg.history.VersionRef;
import org.portreg.index.RegistryIndex;
import org.portreg.model.Registry;
import org.portreg.store.Store;
import org.portreg.store.StoredVersion;
import picocli.CommandLine.Option;

/**
 * {@code --registry FILE}: the one place that decides which registry a command reads. Without the
 * option, the file named by {@code PORTREG_REGISTRY}; the default database takes this place once
 * the store exists.
 */
public final class RegistryOption {
  /** The environment variable naming the registry file when {@code --registry} is absent. */
  public static final String ENV = "PORTREG_REGISTRY";

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
      paramLabel = "VERSION",
      description =
          "Use the registry as it stood on a day, from the database: YYYY-MM-DD (the last version"
              + " of that day), YYYY-MM-DD.N (its N-th), today, yesterday, -30d or -4w.")
  private String asOfText;

  private VersionRef asOf;

  /** The database's local assignments as {@link #index()} read them; none for a file. */
  private LocalOverlay overlay = LocalOverlay.NONE;

  /**
   * The registry file named by the option or {@code PORTREG_REGISTRY}, if any.
   *
   * @throws UsageException when a file is named together with {@code --as-of}
   */
  public Optional<Path> file() {
    Optional<Path> path = Optional.ofNullable(resolve(file, System.getenv(ENV)));
    if (asOfText != null && asOf == null) {
      asOf = VersionRef.parse(asOfText, LocalDate.now(ZoneOffset.UTC));
    }
    if (path.isPresent() && asOf != null) {
      throw new UsageException(
          "--as-of reads the database; it cannot be combined with --registry or PORTREG_REGISTRY");
    }
    return path;
  }

  /** The {@code --as-of} reference as given, or null. */
  public String asOfText() {
    return asOfText;
  }

  /** Whether the registry comes from the default database: no file, no {@code --db}. */
  public boolean isDefaultDatabase() {
    return file().isEmpty() && dbUrl().equals(DbSnapshot.defaultUrl());
  }

  /** The file named by {@code option}, else by {@code env}, else null (use the database). */
  public static Path resolve(Path option, String env) {
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
      return InputLimit.read(path.get());
    }
    try (Store store = UserInput.check(() -> Store.openForCommand(dbUrl()))) {
      return fromStore(store);
    }
  }

  private Registry fromStore(Store store) {
    return stored(store).map(store::registry).orElseGet(() -> bundledOrNothing(store));
  }

  private Optional<StoredVersion> stored(Store store) {
    return asOf == null ? store.newest() : store.find(asOf);
  }

  private Registry bundledOrNothing(Store store) {
    if (answersFromBundled(store)) {
      return BundledRegistry.read();
    }
    throw nothingStored(store.url());
  }

  /**
   * Whether an empty answer from the store is answered from the bundled snapshot instead: only on
   * the default database (no {@code --db}, no {@code PORTREG_DB}), only while it holds no version
   * at all, and only for a date the snapshot covers. A named database answers for itself.
   */
  private boolean answersFromBundled(Store store) {
    String env = System.getenv(Store.ENVIRONMENT_VARIABLE);
    boolean defaultDatabase = db == null && (env == null || env.isBlank());
    boolean covered =
        asOf == null
            || asOf.ordinal().isEmpty() && !asOf.date().isBefore(BundledRegistry.updated());
    return defaultDatabase && covered && store.newest().isEmpty();
  }

  /** The database URL: {@code --db}, else the default ({@code PORTREG_DB} or SQLite). */
  public String dbUrl() {
    return db != null ? db : Store.defaultUrl();
  }

  private NotFoundException nothingStored(String url) {
    String when =
        asOf == null ? "" : asOf.ordinal().isPresent() ? " as " + asOf : " on or before " + asOf;
    return new NotFoundException(
        "no registry version stored"
            + when
            + " in "
            + url
            + "; import one with 'portreg db import FILE' or 'portreg update', or give --registry"
            + " FILE");
  }

  /**
   * The index of the registry {@link #read()} returns. Read from the default SQLite database, it
   * also saves the {@link DbSnapshot} the cold paths of lookup, search and free answer from.
   */
  public RegistryIndex index() {
    Optional<Path> path = file();
    if (path.isPresent()) {
      return RegistryIndex.of(InputLimit.read(path.get()));
    }
    Path dbFile = db == null ? DbSnapshot.defaultFile() : null;
    DbSnapshot.Stamp stamp = dbFile == null ? null : DbSnapshot.stamp(dbFile);
    try (Store store = UserInput.check(() -> Store.openForCommand(dbUrl()))) {
      overlay = overlayOf(store);
      Optional<StoredVersion> version = stored(store);
      if (version.isEmpty()) {
        return RegistryIndex.of(bundledOrNothing(store));
      }
      RegistryIndex index = RegistryIndex.of(store.registry(version.get()));
      saveSnapshot(store, dbFile, stamp, version.get(), index, overlay);
      return index;
    }
  }

  /**
   * The local assignments and acknowledgements of the database that {@link #index()} read (call it
   * first); none when the registry comes from a file, which is IANA's alone.
   */
  public LocalOverlay overlay() {
    return overlay;
  }

  /** The current local assignments and acknowledgements of {@code store}. */
  public static LocalOverlay overlayOf(Store store) {
    // Only the acknowledgements no version imported after them raised again (docs/local.md).
    return new LocalOverlay(store.local().current(), store.drift().standing());
  }

  /**
   * Saves the {@link DbSnapshot} of {@code dbFile} as it stood at {@code stamp} (taken before the
   * store was opened): the catalogue of the store's versions, the files of {@code version}, whose
   * index is {@code index}, and the local assignments and acknowledgements. Nothing when either is
   * null.
   */
  public static void saveSnapshot(
      Store store,
      Path dbFile,
      DbSnapshot.Stamp stamp,
      StoredVersion version,
      RegistryIndex index) {
    if (dbFile != null && stamp != null) {
      saveSnapshot(store, dbFile, stamp, version, index, overlayOf(store));
    }
  }

  private static void saveSnapshot(
      Store store,
      Path dbFile,
      DbSnapshot.Stamp stamp,
      StoredVersion version,
      RegistryIndex index,
      LocalOverlay overlay) {
    if (dbFile == null || stamp == null) {
      return;
    }
    List<DbSnapshot.Version> versions =
        store.versions().stream().map(RegistryOption::snapshotVersion).toList();
    int local = overlay.entries().size();
    DbSnapshot.save(
        dbFile, CacheDir.dir(), stamp, versions, local, snapshotVersion(version), index);
    LocalBlob.write(dbFile, CacheDir.dir(), stamp, overlay);
  }

  /**
   * Saves the snapshot of the newest version of the SQLite database at {@code url}, when it is the
   * default one. Best effort, like the snapshot itself: a failure leaves the next read to do it.
   */
  public static void refreshSnapshot(String url) {
    Path dbFile = url.equals(DbSnapshot.defaultUrl()) ? DbSnapshot.defaultFile() : null;
    DbSnapshot.Stamp stamp = dbFile == null ? null : DbSnapshot.stamp(dbFile);
    if (stamp == null) {
      return;
    }
    try (Store store = Store.openForCommand(url)) {
      Optional<StoredVersion> newest = store.newest();
      if (newest.isPresent()) {
        RegistryIndex index = RegistryIndex.of(store.registry(newest.get()));
        saveSnapshot(store, dbFile, stamp, newest.get(), index);
      }
    } catch (RuntimeException e) {
      // The snapshot is an optimisation; the next read command takes the full path instead.
    }
  }

  private static DbSnapshot.Version snapshotVersion(StoredVersion v) {
    return new DbSnapshot.Version(
        v.id(), v.updated(), v.sha256(), v.records(), v.importedAt(), v.source());
  }
}
