package org.portreg.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.portreg.index.RegistryIndex;
import org.portreg.local.Drift;
import org.portreg.local.DriftAlert;
import org.portreg.local.LocalAssignment;
import org.portreg.model.PortRange;
import org.portreg.rules.ServiceNames;
import org.portreg.store.DriftLog.Named;
import org.portreg.store.DriftLog.Stated;
import org.portreg.store.DriftLog.Status;

/**
 * One look at the drift of the stored versions for {@link DriftLog}: the versions, the local
 * registry's history and acknowledgements as they are now, read once. Not thread-safe.
 */
final class DriftPass {
  /** The alerts of a version against the one before it (kept by {@link DriftLog}). */
  @FunctionalInterface
  interface Alerts {
    List<DriftAlert> of(Named previous, Named version, List<LocalVersion> states);
  }

  /** Whether a version brought a record with a port or a name of one of the entries. */
  @FunctionalInterface
  interface Touched {
    boolean test(int versionId, List<LocalAssignment> entries);
  }

  private final List<Named> versions;
  private final LocalRegistry local;
  private final DriftLog.Registries registries;
  private final Alerts alerts;
  private List<LocalVersion> states;
  private List<Acknowledged> acks;
  private RegistryIndex current;

  DriftPass(
      List<Named> versions, LocalRegistry local, DriftLog.Registries registries, Alerts alerts) {
    this.versions = versions;
    this.local = local;
    this.registries = registries;
    this.alerts = alerts;
  }

  List<Named> versions() {
    return versions;
  }

  /** The alerts of version {@code i} (at least 1) against version {@code i - 1}. */
  List<DriftAlert> alerts(int i) {
    return alerts.of(versions.get(i - 1), versions.get(i), states());
  }

  private List<LocalVersion> states() {
    if (states == null) {
      states = local.states();
    }
    return states;
  }

  /** Whether a version imported after {@code ack} raised its entry's finding again. */
  boolean raisedAfter(Acknowledged ack) {
    for (int i = 1; i < versions.size(); i++) {
      if (versions.get(i).stored().importedAt().isAfter(ack.at())
          && alerts(i).stream().anyMatch(a -> names(ack, a))) {
        return true;
      }
    }
    return false;
  }

  /** Where {@code alert} of version {@code i} stands now. */
  Stated state(int i, DriftAlert alert) {
    Named version = versions.get(i);
    Instant imported = version.stored().importedAt();
    Optional<LocalAssignment> now = currentEntry(alert.assignment().key());
    if (now.isEmpty() || !Drift.stillHas(current(), now.get(), alert.finding().key())) {
      Optional<Instant> changed = lastChange(alert.assignment().key(), imported);
      return stated(i, alert, Status.RESOLVED, Optional.empty(), changed);
    }
    if (acks == null) {
      acks = local.acknowledgementLog();
    }
    Optional<Acknowledged> ack =
        acks.stream().filter(k -> names(k, alert) && !k.at().isBefore(imported)).findFirst();
    Status status = ack.isPresent() ? Status.ACKNOWLEDGED : Status.OPEN;
    return stated(i, alert, status, ack, Optional.empty());
  }

  private Stated stated(
      int i,
      DriftAlert alert,
      Status status,
      Optional<Acknowledged> ack,
      Optional<Instant> changed) {
    return new Stated(versions.get(i), versions.get(i - 1), alert, status, ack, changed);
  }

  private static boolean names(Acknowledged ack, DriftAlert alert) {
    return ServiceNames.same(ack.acknowledgement().name(), alert.assignment().name())
        && ack.acknowledgement().findingKey().equals(alert.finding().key());
  }

  private RegistryIndex current() {
    if (current == null) {
      current = registries.index(versions.get(versions.size() - 1));
    }
    return current;
  }

  private Optional<LocalAssignment> currentEntry(String key) {
    return states().stream()
        .filter(s -> s.validTo().isEmpty() && s.assignment().key().equals(key))
        .map(LocalVersion::assignment)
        .findFirst();
  }

  /** When the entry {@code key} last changed (or was removed) after {@code after}, if it did. */
  private Optional<Instant> lastChange(String key, Instant after) {
    Optional<Instant> last = Optional.empty();
    for (LocalVersion s : states()) {
      if (s.assignment().key().equals(key)) {
        for (Instant at : candidates(s)) {
          if (at.isAfter(after) && (last.isEmpty() || at.isAfter(last.get()))) {
            last = Optional.of(at);
          }
        }
      }
    }
    return last;
  }

  private static List<Instant> candidates(LocalVersion s) {
    return s.validTo().isPresent()
        ? List.of(s.validFrom(), s.validTo().get())
        : List.of(s.validFrom());
  }

  /**
   * The alerts of {@code version} against {@code previous} for the entries in force when {@code
   * version} was imported; none without such entries or when the version brought no record with one
   * of their ports or names (asked of the store first, so that most versions need no diff).
   */
  static List<DriftAlert> compute(
      Named previous,
      Named version,
      List<LocalVersion> states,
      DriftLog.Registries registries,
      Touched touched) {
    List<LocalAssignment> inForce = inForce(states, version.stored().importedAt());
    if (inForce.isEmpty() || !touched.test(version.stored().id(), inForce)) {
      return List.of();
    }
    return Drift.of(registries.diff(previous, version), () -> registries.index(version), inForce);
  }

  /** The entries valid at {@code at}. */
  static List<LocalAssignment> inForce(List<LocalVersion> states, Instant at) {
    List<LocalAssignment> entries = new ArrayList<>();
    for (LocalVersion s : states) {
      if (!s.validFrom().isAfter(at) && s.validTo().map(to -> to.isAfter(at)).orElse(true)) {
        entries.add(s.assignment());
      }
    }
    return entries;
  }

  /**
   * Whether the version numbered {@code id} brought a record with a port or name of one of them.
   */
  static boolean touched(Connection c, int id, List<LocalAssignment> entries) throws SQLException {
    try (PreparedStatement select =
        c.prepareStatement(
            "SELECT name_key, port_low, port_high FROM registry_part"
                + " WHERE kind = 'record' AND valid_from = ?")) {
      select.setInt(1, id);
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          int low = rs.getInt(2);
          Optional<PortRange> ports =
              rs.wasNull() ? Optional.empty() : Optional.of(PortRange.of(low, rs.getInt(3)));
          if (touches(rs.getString(1), ports, entries)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean touches(
      String nameKey, Optional<PortRange> ports, List<LocalAssignment> entries) {
    for (LocalAssignment a : entries) {
      if (a.key().equals(nameKey)
          || (ports.isPresent() && a.ports().map(p -> p.overlaps(ports.get())).orElse(false))) {
        return true;
      }
    }
    return false;
  }
}
