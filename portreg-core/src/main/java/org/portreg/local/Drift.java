package org.portreg.local;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
    Diff diff = RegistryDiff.compare(older, newer);
    IanaFindings findings = new IanaFindings(RegistryIndex.of(newer));
    List<DriftAlert> alerts = new ArrayList<>();
    for (RecordChange change : diff.records()) {
      for (ServiceRecord r : newRecords(change)) {
        Optional<Finding.Kind> was = before(change).flatMap(findings::finding).map(Finding::kind);
        for (LocalAssignment a : local) {
          Optional<Finding> now = collides(r, a) ? findings.finding(r) : Optional.empty();
          if (now.isPresent()
              && !(was.equals(Optional.of(now.get().kind())) && collidesBefore(change, a))) {
            alerts.add(new DriftAlert(a, now.get()));
          }
        }
      }
    }
    return alerts;
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

  private static boolean collidesBefore(RecordChange change, LocalAssignment a) {
    return before(change).map(r -> collides(r, a)).orElse(false);
  }

  /** Whether an assigned or reserved record takes a port or the name of {@code a}. */
  static boolean collides(ServiceRecord r, LocalAssignment a) {
    if (RecordRules.statusOf(r).isAvailable()) {
      return false;
    }
    boolean name = r.serviceName().map(n -> ServiceNames.same(n, a.name())).orElse(false);
    boolean port =
        r.number().isPresent()
            && a.ports().isPresent()
            && r.number().get().overlaps(a.ports().get())
            && r.protocol().map(a.transports()::contains).orElse(!a.transports().isEmpty());
    return name || port;
  }
}
