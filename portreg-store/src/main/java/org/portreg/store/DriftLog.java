package org.portreg.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntPredicate;
import java.util.function.Supplier;
import org.portreg.diff.Diff;
import org.portreg.history.VersionRef;
import org.portreg.index.RegistryIndex;
import org.portreg.local.Acknowledgement;
import org.portreg.local.DriftAlert;
import org.portreg.local.LocalAssignment;

/**
 * Drift across the stored IANA versions (docs/local.md): what each version newly took from the
 * local assignments in force when it was imported, where each such alert stands now, and which
 * acknowledgements a version imported after them made stale. The alerts of a pair of versions never
 * change once the newer one is imported, so they are kept (a few hundred pairs). Thread-safe when
 * its {@link Registries} is.
 */
public final class DriftLog {
  private static final int KEPT = 256;

  /** Where the diffs and indexes of stored versions come from: the store, or a server's caches. */
  public interface Registries {
    /** The changes from {@code older} to {@code newer}. */
    Diff diff(Named older, Named newer);

    /** The index of {@code version}. */
    RegistryIndex index(Named version);
  }

  /**
   * A stored version with its names.
   *
   * @param stored the version
   * @param name the name users see: its date, or {@code DATE.N} when several share the date
   * @param stableName {@code DATE.N} always (its ordinal on the day, from 1): it never changes
   */
  public record Named(StoredVersion stored, String name, String stableName) {
    /** Checks no component is null. */
    public Named {
      Objects.requireNonNull(stored, "stored");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(stableName, "stableName");
    }
  }

  /** Where an alert stands now. */
  public enum Status {
    /** The entry still collides and nobody acknowledged it since the version was imported. */
    OPEN,
    /** Someone acknowledged the finding after the version was imported. */
    ACKNOWLEDGED,
    /** The entry no longer has the finding: it was moved or removed, or IANA changed it again. */
    RESOLVED;

    /** {@code open}, {@code acknowledged} or {@code resolved}. */
    public String word() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * One alert of one version and where it stands.
   *
   * @param version the version that raised it
   * @param previous the version before it, which the alert is measured from
   * @param alert the entry as it was when the version was imported, and what the version did
   * @param status where it stands now
   * @param acknowledgement for {@link Status#ACKNOWLEDGED}, the acknowledgement
   * @param changed for {@link Status#RESOLVED}, when the entry last changed after the import, if it
   *     did (empty when IANA's registry resolved it)
   */
  public record Stated(
      Named version,
      Named previous,
      DriftAlert alert,
      Status status,
      Optional<Acknowledged> acknowledgement,
      Optional<Instant> changed) {
    /** Checks no component is null. */
    public Stated {
      Objects.requireNonNull(version, "version");
      Objects.requireNonNull(previous, "previous");
      Objects.requireNonNull(alert, "alert");
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(acknowledgement, "acknowledgement");
      Objects.requireNonNull(changed, "changed");
    }

    /** When this alert last changed: the version's date, its acknowledgement or the move. */
    public Instant updated() {
      Instant at = version.stored().updated().atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
      for (Instant later :
          List.of(acknowledgement.map(Acknowledged::at).orElse(at), changed.orElse(at))) {
        at = later.isAfter(at) ? later : at;
      }
      return at;
    }
  }

  private final Transactions db;
  private final Supplier<List<StoredVersion>> versions;
  private final LocalRegistry local;
  private final Registries registries;
  private final Map<String, List<DriftAlert>> kept =
      Collections.synchronizedMap(
          new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, List<DriftAlert>> eldest) {
              return size() > KEPT;
            }
          });

  DriftLog(
      Transactions db,
      Supplier<List<StoredVersion>> versions,
      LocalRegistry local,
      Registries registries) {
    this.db = db;
    this.versions = versions;
    this.local = local;
    this.registries = Objects.requireNonNull(registries, "registries");
  }

  /**
   * The alerts of the newest {@code count} stored versions (those with a version before them),
   * oldest version first, each with where it stands.
   */
  public List<Stated> newest(int count) {
    DriftPass pass = pass(versions.get());
    int size = pass.versions().size();
    int from = (int) Math.max(1, (long) size - count);
    return stated(pass, i -> i >= from);
  }

  /** The alerts of the versions whose {@link StoredVersion#id()} is in {@code ids}. */
  public List<Stated> of(Collection<Integer> ids) {
    DriftPass pass = pass(versions.get());
    return stated(pass, i -> ids.contains(pass.versions().get(i).stored().id()));
  }

  /**
   * The acknowledgements that still stand: those no version imported after them raised again (the
   * same entry and finding), oldest first. {@code check --all} downgrades only these.
   */
  public List<Acknowledgement> standing() {
    List<Acknowledged> acks = local.acknowledgementLog();
    if (acks.isEmpty()) {
      return List.of();
    }
    DriftPass pass = pass(versions.get());
    List<Acknowledgement> standing = new ArrayList<>();
    for (Acknowledged ack : acks) {
      if (!pass.raisedAfter(ack)) {
        standing.add(ack.acknowledgement());
      }
    }
    return standing;
  }

  private DriftPass pass(List<StoredVersion> stored) {
    return new DriftPass(named(stored), local, registries, this::alerts);
  }

  private static List<Stated> stated(DriftPass pass, IntPredicate include) {
    List<Stated> stated = new ArrayList<>();
    for (int i = 1; i < pass.versions().size(); i++) {
      if (include.test(i)) {
        for (DriftAlert alert : pass.alerts(i)) {
          stated.add(pass.state(i, alert));
        }
      }
    }
    return stated;
  }

  /**
   * The alerts {@code version} raised against {@code previous} for the entries in force when it was
   * imported, kept once computed.
   */
  private List<DriftAlert> alerts(Named previous, Named version, List<LocalVersion> states) {
    String key =
        previous.stored().id() + ">" + version.stored().id() + "@" + version.stored().importedAt();
    List<DriftAlert> alerts = kept.get(key);
    if (alerts == null) {
      alerts = DriftPass.compute(previous, version, states, registries, this::touched);
      kept.put(key, alerts);
    }
    return alerts;
  }

  /**
   * Whether the version numbered {@code id} brought a record with a port or a name of one of them.
   */
  private boolean touched(int id, List<LocalAssignment> entries) {
    return db.read("read the records of version " + id, c -> DriftPass.touched(c, id, entries));
  }

  /** The names of {@code stored} (oldest first), in the same order. */
  public static List<Named> named(List<StoredVersion> stored) {
    Map<LocalDate, Integer> onDay = new HashMap<>();
    for (StoredVersion v : stored) {
      onDay.merge(v.updated(), 1, Integer::sum);
    }
    Map<LocalDate, Integer> seen = new HashMap<>();
    List<Named> named = new ArrayList<>();
    for (StoredVersion v : stored) {
      int ordinal = seen.merge(v.updated(), 1, Integer::sum);
      named.add(
          new Named(
              v,
              VersionRef.idOf(v.updated(), ordinal, onDay.get(v.updated())),
              v.updated() + "." + ordinal));
    }
    return named;
  }
}
