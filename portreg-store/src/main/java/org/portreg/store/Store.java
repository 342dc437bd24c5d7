package org.portreg.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.portreg.error.StoreException;
import org.portreg.history.Change;
import org.portreg.history.HistoryQuery;
import org.portreg.history.VersionRef;
import org.portreg.model.Registry;

/**
 * Every registry version, kept temporally in SQLite or PostgreSQL: each part (record, person,
 * header element) is one row valid from the first version that has it, byte for byte, to the
 * version before it changes or disappears. A stored version exports as exactly the XML it was
 * imported from.
 *
 * <p>Thread-safe: calls may come from any number of threads; each takes a connection of its own
 * (pooled, except for {@link #openForCommand}). Imports are serialized, in this process and across
 * processes through a database lock. Close the store to release its pool.
 */
public final class Store implements AutoCloseable {
  /** The environment variable that overrides the default database URL. */
  public static final String ENVIRONMENT_VARIABLE = "PORTREG_DB";

  private final Transactions transactions;
  private final String url;
  private final Connections connections;
  private final Statements sql;
  private final Importer importer;
  private final Snapshots snapshots;
  private final Accounts accounts;
  private final Registrar registrar;
  private final Revocations revocations;
  private final LocalRegistry local;
  private final Notifications notifications;
  private final ServerKeys serverKeys;
  private final RateBuckets rateBuckets;
  private final Watches watches;
  private final WatchQueue watchQueue;

  private Store(String url, Clock clock, long gap, boolean pooled) {
    Dialect dialect = Dialect.of(url);
    this.url = url;
    this.sql = Statements.load(dialect);
    this.connections = Database.open(url, dialect, pooled);
    this.importer = new Importer(sql, clock, gap);
    this.snapshots = new Snapshots(sql);
    this.transactions = new Transactions(connections, sql, Database.redact(url));
    AuditLog audit = new AuditLog(sql);
    Outbox outbox = new Outbox(sql, clock);
    this.watchQueue = new WatchQueue(sql, outbox, clock);
    this.watches = new Watches(transactions, outbox, clock);
    this.accounts = new Accounts(transactions, audit, clock);
    RegistryWriter writer = new RegistryWriter(sql, snapshots, importer, audit, clock, watchQueue);
    this.revocations = new Revocations(transactions, audit, outbox, clock, writer);
    this.registrar = new Registrar(transactions, audit, clock, writer, outbox, revocations);
    this.notifications = new Notifications(transactions, audit, clock);
    this.local = new LocalRegistry(transactions, audit, clock);
    this.serverKeys = new ServerKeys(transactions, clock);
    this.rateBuckets = new RateBuckets(transactions, clock);
  }

  /**
   * Opens the store at {@code jdbcUrl} ({@code jdbc:sqlite:PATH} or {@code
   * jdbc:postgresql://HOST/DB?user=...}), creating and migrating its schema when needed.
   *
   * @throws IllegalArgumentException for a URL of another database
   * @throws StoreException when the database cannot be reached or migrated
   */
  public static Store open(String jdbcUrl) {
    return open(jdbcUrl, Clock.systemUTC(), SortKeys.DEFAULT_GAP);
  }

  /**
   * Opens as {@link #open(String)}, with {@code clock} telling the time of every change, session
   * and comment period (for embedders that keep their own clock, and for tests that move it).
   */
  public static Store open(String jdbcUrl, Clock clock) {
    return open(jdbcUrl, clock, SortKeys.DEFAULT_GAP);
  }

  /** Opens with an injected clock and sort-key gap (tests use a tiny gap to force renumbering). */
  static Store open(String jdbcUrl, Clock clock, long gap) {
    return new Store(Objects.requireNonNull(jdbcUrl, "jdbcUrl"), clock, gap, true);
  }

  /**
   * Opens the store as {@link #open(String)} does, for one short-lived command: each read or write
   * opens its own connection instead of borrowing one from a pool. Measured on the command line, a
   * pool's start and close cost more than the few connections a command opens.
   *
   * @throws IllegalArgumentException for a URL of another database
   * @throws StoreException when the database cannot be reached or migrated
   */
  public static Store openForCommand(String jdbcUrl) {
    return new Store(
        Objects.requireNonNull(jdbcUrl, "jdbcUrl"), Clock.systemUTC(), SortKeys.DEFAULT_GAP, false);
  }

  /**
   * The database to use when none is given: {@code PORTREG_DB} when set, else the SQLite file
   * {@code portreg/portreg.db} under {@code $XDG_DATA_HOME}, or under {@code ~/.local/share}.
   */
  public static String defaultUrl() {
    return DefaultDatabase.url();
  }

  /** {@code jdbcUrl} without its query part (which may hold a password), for messages. */
  public static String redact(String jdbcUrl) {
    return Database.redact(jdbcUrl);
  }

  /** The URL the store was opened on, without its query part (which may hold a password). */
  public String url() {
    return Database.redact(url);
  }

  /** The users, their API tokens and web sessions. */
  public Accounts accounts() {
    return accounts;
  }

  /** The keys servers on this database sign with. */
  public ServerKeys serverKeys() {
    return serverKeys;
  }

  /** The rate-limit buckets every server on this database shares. */
  public RateBuckets rateBuckets() {
    return rateBuckets;
  }

  /** The requests and the registration procedures that change the registry. */
  public Registrar registrar() {
    return registrar;
  }

  /** Proposed revocations and their public comments (RFC 6335 §8.4). */
  public Revocations revocations() {
    return revocations;
  }

  /** The outbox of e-mail notifications and each user's preference. */
  public Notifications notifications() {
    return notifications;
  }

  /** Saved watches and their webhook deliveries. */
  public Watches watches() {
    return watches;
  }

  /** The organisation's own registry: local assignments and drift acknowledgements. */
  public LocalRegistry local() {
    return local;
  }

  /**
   * The drift of the stored versions against the local assignments, reading registries from this
   * store (for one command; not thread-safe).
   */
  public DriftLog drift() {
    return drift(new StoredRegistries(this));
  }

  /** The drift of the stored versions, with diffs and indexes from {@code registries}. */
  public DriftLog drift(DriftLog.Registries registries) {
    return new DriftLog(transactions, this::versions, local, registries);
  }

  /** Every stored version, oldest first; empty for a new store. */
  public List<StoredVersion> versions() {
    return read(c -> Versions.all(c, sql));
  }

  /** The newest stored version, if any. */
  public Optional<StoredVersion> newest() {
    List<StoredVersion> all = versions();
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  /**
   * The version {@code ref} names: for a bare date the newest version dated that day or earlier,
   * for {@code DATE.N} exactly the N-th version of that day.
   */
  public Optional<StoredVersion> find(VersionRef ref) {
    Objects.requireNonNull(ref, "ref");
    List<StoredVersion> all = versions();
    return ref.resolve(all.stream().map(StoredVersion::updated).toList()).map(all::get);
  }

  /**
   * The id users see for {@code version}: its date, or {@code DATE.N} when several versions share
   * the date ({@link VersionRef#idOf}).
   */
  public String idOf(StoredVersion version) {
    List<StoredVersion> sameDay =
        versions().stream().filter(v -> v.updated().equals(version.updated())).toList();
    int ordinal = 1 + (int) sameDay.stream().filter(v -> v.id() < version.id()).count();
    return VersionRef.idOf(version.updated(), ordinal, Math.max(ordinal, sameDay.size()));
  }

  /** The newest stored registry, if any. */
  public Optional<Registry> current() {
    return newest().map(v -> read(c -> snapshots.registry(c, v.id())));
  }

  /** The registry as it stood on {@code date}: the newest version dated that day or earlier. */
  public Optional<Registry> asOf(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return read(
        c -> {
          OptionalInt id = Versions.asOf(c, sql, date);
          return id.isEmpty()
              ? Optional.empty()
              : Optional.of(snapshots.registry(c, id.getAsInt()));
        });
  }

  /**
   * The registry of a stored version (one of {@link #versions()}), also when other versions share
   * its date.
   *
   * @throws org.portreg.error.NotFoundException when the store does not hold that version
   */
  public Registry registry(StoredVersion version) {
    Objects.requireNonNull(version, "version");
    boolean held = versions().stream().anyMatch(v -> v.id() == version.id());
    if (!held) {
      throw new org.portreg.error.NotFoundException(
          "the store holds no version numbered " + version.id() + " (" + version.updated() + ")");
    }
    return read(c -> snapshots.registry(c, version.id()));
  }

  /**
   * What changed from {@code older} to {@code newer} (both of {@link #versions()}): the same diff
   * as {@link org.portreg.diff.RegistryDiff#compare} of the two registries, computed from only the
   * stored parts the two versions do not share.
   */
  public org.portreg.diff.Diff diff(StoredVersion older, StoredVersion newer) {
    Objects.requireNonNull(older, "older");
    Objects.requireNonNull(newer, "newer");
    return read(c -> VersionDiff.compare(c, sql, snapshots, older, newer));
  }

  /** The version dated exactly {@code date}, if stored (the newest one of that date). */
  public Optional<Registry> version(LocalDate date) {
    return exactId(date).map(id -> read(c -> snapshots.registry(c, id)));
  }

  /**
   * The XML text of the version dated exactly {@code date}: the same characters as the file it was
   * imported from (when that was an official XML file).
   */
  public Optional<String> exportXml(LocalDate date) {
    return exactId(date).map(id -> read(c -> snapshots.xml(c, id)));
  }

  private Optional<Integer> exactId(LocalDate date) {
    // The last of the day: the workflow may write several versions under one date.
    return versions().stream()
        .filter(v -> v.updated().equals(date))
        .map(StoredVersion::id)
        .reduce((first, last) -> last);
  }

  /**
   * The change log of a service or port across every stored version, oldest first.
   *
   * @return the changes; empty when no version has a matching record
   */
  public List<Change> history(HistoryQuery query) {
    Objects.requireNonNull(query, "query");
    return read(c -> new HistoryBuilder(Versions.all(c, sql)).build(selectHistoryRows(c, query)));
  }

  private List<HistoryBuilder.Row> selectHistoryRows(Connection c, HistoryQuery query)
      throws SQLException {
    try (PreparedStatement select = c.prepareStatement(sql.get(historyStatement(query)))) {
      if (query.name().isPresent()) {
        select.setString(1, query.name().get().toLowerCase(Locale.ROOT));
      } else {
        select.setInt(1, query.port().get());
        select.setInt(2, query.port().get());
      }
      if (query.transport().isPresent()) {
        select.setString(3, query.transport().get().token());
      }
      return historyRows(select);
    }
  }

  private static String historyStatement(HistoryQuery query) {
    if (query.name().isPresent()) {
      return "select_records_by_name";
    }
    return query.transport().isPresent()
        ? "select_records_by_port_and_transport"
        : "select_records_by_port";
  }

  private static List<HistoryBuilder.Row> historyRows(PreparedStatement select)
      throws SQLException {
    List<HistoryBuilder.Row> rows = new ArrayList<>();
    try (ResultSet rs = select.executeQuery()) {
      while (rs.next()) {
        int to = rs.getInt(2);
        Integer validTo = rs.wasNull() ? null : to;
        rows.add(new HistoryBuilder.Row(rs.getInt(1), validTo, rs.getLong(3), rs.getString(4)));
      }
    }
    return rows;
  }

  /**
   * Imports {@code registry} as a new version, in one transaction: on any failure the store is left
   * exactly as it was. Importing the newest stored version again changes nothing.
   *
   * @param source where the registry came from (file name or URL), kept with the version
   * @throws org.portreg.error.ConflictException when the registry is older than the newest stored
   *     version, or has its date but other content
   * @throws StoreException when the database fails
   */
  public synchronized ImportResult importRegistry(Registry registry, String source) {
    Document document = Document.of(registry, source);
    return transactions.write(
        "import " + source,
        c -> {
          Jdbc.update(c, sql.get("lock_for_import"));
          Optional<StoredVersion> before = Versions.newest(c, sql);
          ImportResult result = importer.importDocument(c, document, source, false);
          if (result.imported()
              && before.isPresent()
              && result.version().updated().isAfter(before.get().updated())) {
            watchQueue.versionStored(c, () -> snapshots.registry(c, before.get().id()), registry);
          }
          return result;
        });
  }

  /**
   * Every record row of every version, ordered by the version it starts in and then by its place:
   * what {@link RecordHistory} answers a history query from outside the database.
   */
  public List<RecordRow> recordRows() {
    return read(c -> RecordHistory.rows(c, sql));
  }

  /**
   * Every part row of every version in registry order, with each version's frame: what {@link
   * PartTable#diff} compares two versions from outside the database.
   */
  public PartTable parts() {
    return read(c -> PartList.read(c, sql));
  }

  /** How many part rows the store holds over all versions (to check it stores changes only). */
  long countParts() {
    return read(c -> Jdbc.queryLong(c, sql.get("count_parts")));
  }

  /** Closes the connection pool, if any; the store cannot be used afterwards. */
  @Override
  public void close() {
    snapshots.clear();
    connections.close();
  }

  /** A read in its own connection. */
  private <T> T read(Transactions.Work<T> work) {
    return transactions.read("read the registry", work);
  }
}
