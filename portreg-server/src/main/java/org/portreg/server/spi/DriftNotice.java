package org.portreg.server.spi;

import java.util.List;
import java.util.Objects;
import org.portreg.local.DriftAlert;

/**
 * What the newest IANA version took from the organisation's local assignments: the ports and names
 * it newly assigns or reserves that a local assignment uses.
 *
 * @param version the newest version
 * @param previous the version before it
 * @param alerts one per local assignment and finding, acknowledged ones included
 */
public record DriftNotice(VersionInfo version, VersionInfo previous, List<DriftAlert> alerts) {
  /** Copies the alerts and checks no component is null. */
  public DriftNotice {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(previous, "previous");
    alerts = List.copyOf(alerts);
  }
}
