package org.portreg.server.local;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicReference;
import org.portreg.error.NotFoundException;
import org.portreg.history.VersionRef;
import org.portreg.local.Drift;
import org.portreg.local.DriftAlert;
import org.portreg.local.LocalAssignment;
import org.portreg.model.Registry;
import org.portreg.server.auth.Workflow;
import org.portreg.server.spi.DriftNotice;
import org.portreg.server.spi.RegistrySource;
import org.portreg.server.spi.VersionInfo;

/**
 * Drift on the server: what the newest IANA version took from the local assignments, as {@code
 * portreg local drift} reports it, for the entry pages' banner and the feed. The answer is kept
 * until the versions or the local assignments change. Thread-safe.
 */
public final class LocalDrift {
  private final RegistrySource source;
  private final Workflow workflow;
  private final AtomicReference<Kept> kept = new AtomicReference<>();

  /** The notice computed for two versions and the local assignments of that moment. */
  private record Kept(
      String newer, String older, List<LocalAssignment> local, DriftNotice notice) {}

  public LocalDrift(RegistrySource source, Workflow workflow) {
    this.source = source;
    this.workflow = workflow;
  }

  /**
   * The drift of the newest version against the one before it; empty without a store, with fewer
   * than two versions or without local assignments.
   */
  public Optional<DriftNotice> newest() {
    List<VersionInfo> versions = source.versions();
    if (!workflow.isAvailable() || versions.size() < 2) {
      return Optional.empty();
    }
    List<LocalAssignment> local = workflow.local().current();
    if (local.isEmpty()) {
      return Optional.empty();
    }
    VersionInfo newer = versions.get(0);
    VersionInfo older = versions.get(1);
    Kept last = kept.get();
    if (last != null
        && last.newer().equals(newer.id())
        && last.older().equals(older.id())
        && last.local().equals(local)) {
      return Optional.of(last.notice());
    }
    List<DriftAlert> alerts = Drift.between(registry(older), registry(newer), local);
    DriftNotice notice = new DriftNotice(newer, older, alerts);
    kept.set(new Kept(newer.id(), older.id(), local, notice));
    return Optional.of(notice);
  }

  private Registry registry(VersionInfo version) {
    VersionRef ref =
        new VersionRef(version.updated().earliest(), OptionalInt.of(version.ordinal()));
    return source
        .version(ref)
        .orElseThrow(() -> new NotFoundException("no version " + version.name()))
        .registry();
  }
}
