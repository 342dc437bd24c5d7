package org.portreg.local;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.portreg.diff.Diff;
import org.portreg.diff.RecordChange;
import org.portreg.diff.RegistryDiff;
import org.portreg.index.RegistryIndex;
import org.portreg.model.Registry;
import org.portreg.model.ServiceRecord;
import org.portreg.rules.RecordRules;
import org.portreg.rules.ServiceNames;

/**
 * Drift detection: which local assignments a newer IANA version collides with that the older one
 * did not, because it assigns or reserves a port they hold or takes their name. Stateless.
 */
public final class Drift {
  private Drift() {}

  /**
   * The alerts from {@code older} to {@code newer} for {@code local}, in the newer version's order.
   */
  public static List<DriftAlert> between(
      Registry older, Registry newer, List<LocalAssignment> local) {
    return of(RegistryDiff.compare(older, newer), () -> RegistryIndex.of(newer), local);
  }

  /**
   * The alerts of {@code diff} (from an older version to a newer one) for {@code local}, in the
   * newer version's order, one per assignment and finding key. A port the newer version assigns or
   * reserves gives the finding {@code check} gives for that record; a name it takes gives the
   * finding {@code check} gives for the name, so that acknowledging the alert's key acknowledges
   * what {@code check --all} reports.
   *
   * @param newer the newer version's index, asked for only when a record collides
   */
  public static List<DriftAlert> of(
      Diff diff, Supplier<RegistryIndex> newer, List<LocalAssignment> local) {
    Map<String, DriftAlert> alerts = new LinkedHashMap<>();
    IanaFindings findings = null;
    for (RecordChange change : diff.records()) {
      Optional<ServiceRecord> before = before(change);
      for (ServiceRecord r : newRecords(change)) {
        for (LocalAssignment a : local) {
          if (!collides(r, a)) {
            continue;
          }
          findings = findings == null ? new IanaFindings(newer.get()) : findings;
          for (Finding f : newFindings(findings, r, before, a)) {
            alerts.putIfAbsent(a.key() + " " + f.key(), new DriftAlert(a, f, r));
          }
        }
      }
    }
    return List.copyOf(alerts.values());
  }

  /** What {@code r} (replacing {@code before}, if anything) newly does to {@code a}. */
  private static List<Finding> newFindings(
      IanaFindings findings, ServiceRecord r, Optional<ServiceRecord> before, LocalAssignment a) {
    List<Finding> found = new ArrayList<>();
    Optional<Finding> now = takesPort(r, a) ? findings.finding(r) : Optional.empty();
    Optional<Finding.Kind> was =
        before.filter(b -> takesPort(b, a)).flatMap(findings::finding).map(Finding::kind);
    if (now.isPresent() && !was.equals(now.map(Finding::kind))) {
      found.add(now.get());
    }
    if (takesName(r, a) && !before.map(b -> takesName(b, a)).orElse(false)) {
      found.addAll(findings.name(a.name()));
    }
    return found;
  }

  /**
   * Whether {@code a}, checked against {@code index}, still has the finding {@code key}: the port
   * or name is still taken by the record that took it.
   */
  public static boolean stillHas(RegistryIndex index, LocalAssignment a, String key) {
    IanaFindings findings = new IanaFindings(index);
    List<Finding> now = new ArrayList<>(findings.name(a.name()));
    a.ports().ifPresent(p -> now.addAll(findings.ports(p, a.transports())));
    return now.stream().anyMatch(f -> f.key().equals(key));
  }

  private static List<ServiceRecord> newRecords(RecordChange change) {
    if (change instanceof RecordChange.Added a) {
      return List.of(a.record());
    }
    if (change instanceof RecordChange.Changed c) {
      return List.of(c.after());
    }
    return change instanceof RecordChange.Split s ? s.parts() : List.of();
  }

  private static Optional<ServiceRecord> before(RecordChange change) {
    return change instanceof RecordChange.Changed c ? Optional.of(c.before()) : Optional.empty();
  }

  /** Whether an assigned or reserved record takes a port or the name of {@code a}. */
  static boolean collides(ServiceRecord r, LocalAssignment a) {
    return takesPort(r, a) || takesName(r, a);
  }

  private static boolean takesPort(ServiceRecord r, LocalAssignment a) {
    return !RecordRules.statusOf(r).isAvailable()
        && r.number().isPresent()
        && a.ports().isPresent()
        && r.number().get().overlaps(a.ports().get())
        && r.protocol().map(a.transports()::contains).orElse(!a.transports().isEmpty());
  }

  private static boolean takesName(ServiceRecord r, LocalAssignment a) {
    return !RecordRules.statusOf(r).isAvailable()
        && r.serviceName().map(n -> ServiceNames.same(n, a.name())).orElse(false);
  }
}
