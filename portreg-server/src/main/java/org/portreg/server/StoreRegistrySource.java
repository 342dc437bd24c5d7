package org.portreg.server;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.portreg.diff.Diff;
import org.portreg.error.NotFoundException;
import org.portreg.history.Change;
import org.portreg.history.HistoryQuery;
import org.portreg.history.VersionRef;
import org.portreg.model.PartialDate;
import org.portreg.server.http.BoundedCache;
import org.portreg.server.spi.RegistrySource;
import org.portreg.server.spi.RegistryVersion;
import org.portreg.server.spi.VersionInfo;
import org.portreg.store.PartTable;
import org.portreg.store.Store;
import org.portreg.store.StoredVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The versions of a {@link Store}, shared by every server instance on the same database. The list
 * of versions is re-read at most once per poll interval, on the first request after it elapsed, so
 * a version imported by another instance, {@code portreg db import} or {@code portreg update} is
 * served everywhere within one interval. Registries are assembled once per stored version and kept
 * in a small cache. Thread-safe; the caller keeps ownership of the store.
 */
public final class StoreRegistrySource implements RegistrySource {
  private static final Logger LOG = LoggerFactory.getLogger(StoreRegistrySource.class);

  /** How often the store is asked for new versions by default. */
  public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofSeconds(2);

  private final Store store;
  private final long pollMillis;
  private final Clock clock;
  private final BoundedCache<Placed, RegistryVersion> registries = new BoundedCache<>(4);
  private volatile Snapshot snapshot;

  /** The version loaded last, so serving the current one takes no lock. */
  private volatile Loaded last;

  /** Every stored row, read for the versions of a poll ({@link #parts}). */
  private volatile Parts parts;

  private final Object partsLock = new Object();

  private record Loaded(Placed placed, RegistryVersion version) {}

  /** The store's rows as read when the store held {@code versions} (or more). */
  private record Parts(List<Placed> versions, PartTable table) {}

  /** What the last poll saw: every stored version, oldest first, and when it looked. */
  private record Snapshot(List<Placed> versions, long checkedAt) {}

  /** A stored version and its place among the versions of its day. */
  private record Placed(StoredVersion stored, int ordinal, int countOnDay) {
    VersionInfo info() {
      return new VersionInfo(
          idOf(this), PartialDate.of(stored.updated()), stored.records(), ordinal, countOnDay);
    }
  }

  private StoreRegistrySource(Store store, Duration pollInterval, Clock clock) {
    this.store = Objects.requireNonNull(store, "store");
    this.pollMillis = Objects.requireNonNull(pollInterval, "pollInterval").toMillis();
    this.clock = Objects.requireNonNull(clock, "clock");
    if (pollMillis < 0) {
      throw new IllegalArgumentException("pollInterval must not be negative, was " + pollInterval);
    }
  }

  /**
   * A source over {@code store} that looks for new versions every {@code pollInterval} (zero: on
   * every request).
   */
  public static StoreRegistrySource of(Store store, Duration pollInterval) {
    return new StoreRegistrySource(store, pollInterval, Clock.systemUTC());
  }

  @Override
  public Optional<RegistryVersion> current() {
    List<Placed> all = poll().versions();
    return all.isEmpty() ? Optional.empty() : Optional.of(load(all.get(all.size() - 1)));
  }

  @Override
  public Optional<RegistryVersion> currentIfAtHand() {
    Snapshot seen = snapshot;
    Loaded loaded = last;
    if (seen == null || loaded == null || clock.millis() - seen.checkedAt() >= pollMillis) {
      return Optional.empty();
    }
    List<Placed> all = seen.versions();
    boolean newest = !all.isEmpty() && all.get(all.size() - 1).equals(loaded.placed());
    return newest ? Optional.of(loaded.version()) : Optional.empty();
  }

  @Override
  public List<VersionInfo> versions() {
    List<Placed> all = poll().versions();
    List<VersionInfo> newestFirst = new ArrayList<>(all.size());
    for (int i = all.size() - 1; i >= 0; i--) {
      newestFirst.add(all.get(i).info());
    }
    return newestFirst;
  }

  @Override
  public Optional<RegistryVersion> version(VersionRef ref) {
    // Oldest first, so the last match of a day is the one imported last.
    List<Placed> all = poll().versions();
    for (int i = all.size() - 1; i >= 0; i--) {
      Placed p = all.get(i);
      if (p.stored().updated().equals(ref.date())
          && ref.ordinal().orElse(p.ordinal()) == p.ordinal()) {
        return Optional.of(load(p));
      }
    }
    return Optional.empty();
  }

  @Override
  public List<Change> history(HistoryQuery query) {
    return store.history(query);
  }

  @Override
  public boolean hasHistory() {
    return true;
  }

  /**
   * The store's diff of the two versions, taken from its rows read once for the versions stored
   * ({@link PartTable#diff}): the versions page, the feeds and the web diff compare many pairs, and
   * one reading of the rows makes each a walk over them instead of a query (41 consecutive pairs of
   * the IANA history: about 1 s by queries, 70–200 ms with the reading).
   */
  @Override
  public Diff diff(VersionInfo older, VersionInfo newer) {
    StoredVersion a = placedAs(older).stored();
    StoredVersion b = placedAs(newer).stored();
    return PartTable.diff(parts(), a.id(), b.id());
  }

  /**
   * Every stored row, read again only when the last poll saw other versions. Read after the poll,
   * so it holds at least the versions the poll saw: a row never changes but for the version that
   * ends it, and a later end leaves what an earlier version holds as it was.
   */
  private PartTable parts() {
    List<Placed> versions = poll().versions();
    Parts held = parts;
    if (held != null && held.versions().equals(versions)) {
      return held.table();
    }
    synchronized (partsLock) {
      held = parts;
      if (held == null || !held.versions().equals(versions)) {
        held = new Parts(versions, store.parts());
        parts = held;
      }
      return held.table();
    }
  }

  /** The version {@code info} describes, as of the last poll. */
  private Placed placedAs(VersionInfo info) {
    for (Placed p : poll().versions()) {
      if (idOf(p).equals(info.id())) {
        return p;
      }
    }
    throw new NotFoundException(
        "version " + info.name() + " is no longer held as it was: reload the page");
  }

  /** The versions as of the last poll, polling first when the interval has elapsed. */
  private Snapshot poll() {
    Snapshot seen = snapshot;
    long now = clock.millis();
    if (seen != null && now - seen.checkedAt() < pollMillis) {
      return seen;
    }
    synchronized (this) {
      seen = snapshot;
      if (seen == null || now - seen.checkedAt() >= pollMillis) {
        Snapshot previous = seen;
        seen = new Snapshot(placed(store.versions()), clock.millis());
        snapshot = seen;
        logNewest(previous, seen);
      }
      return seen;
    }
  }

  /** Says which version the server serves: at its first look, and whenever a newer one appears. */
  private static void logNewest(Snapshot previous, Snapshot now) {
    Optional<StoredVersion> newest = newestOf(now);
    if (newest.isEmpty()
        || newest.equals(previous == null ? Optional.empty() : newestOf(previous))) {
      return;
    }
    StoredVersion v = newest.get();
    LOG.info(
        "{} registry {} ({} records, {}) from the store",
        previous == null ? "serving" : "picked up",
        v.updated(),
        v.records(),
        v.source().startsWith(RegistryVersion.BUNDLED_PREFIX)
            ? "the bundled snapshot"
            : v.source());
  }

  private static Optional<StoredVersion> newestOf(Snapshot snapshot) {
    List<Placed> all = snapshot.versions();
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1).stored());
  }

  /** Each version (oldest first, versions of one day in import order) with its place on its day. */
  private static List<Placed> placed(List<StoredVersion> all) {
    Map<LocalDate, Integer> perDay = new HashMap<>();
    all.forEach(v -> perDay.merge(v.updated(), 1, Integer::sum));
    Map<LocalDate, Integer> seen = new HashMap<>();
    List<Placed> placed = new ArrayList<>(all.size());
    for (StoredVersion v : all) {
      int ordinal = seen.merge(v.updated(), 1, Integer::sum);
      placed.add(new Placed(v, ordinal, perDay.get(v.updated())));
    }
    return List.copyOf(placed);
  }

  private RegistryVersion load(Placed placed) {
    Loaded seen = last;
    if (seen != null && seen.placed().equals(placed)) {
      return seen.version();
    }
    RegistryVersion version = assemble(placed);
    last = new Loaded(placed, version);
    return version;
  }

  private RegistryVersion assemble(Placed p) {
    StoredVersion stored = p.stored();
    return registries.get(
        p,
        () ->
            new RegistryVersion(
                idOf(p), store.registry(stored), stored.source(), p.ordinal(), p.countOnDay()));
  }

  /**
   * The store's number, a prefix of the XML's SHA-256 and, when several versions share the date,
   * the ordinal: equal ids mean equal content, including the version names pages link to.
   */
  private static String idOf(Placed p) {
    StoredVersion stored = p.stored();
    return stored.id()
        + "-"
        + stored.sha256().substring(0, Math.min(32, stored.sha256().length()))
        + (p.countOnDay() > 1 ? "." + p.ordinal() : "");
  }
}
