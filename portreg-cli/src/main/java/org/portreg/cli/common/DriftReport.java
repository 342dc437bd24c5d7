package org.portreg.cli.common;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import org.portreg.local.Drift;
import org.portreg.local.DriftAlert;
import org.portreg.local.LocalAssignment;
import org.portreg.store.Store;
import org.portreg.store.StoredVersion;

/**
 * What a newly imported IANA version took from the local assignments, said by the command that
 * imported it ({@code update}, {@code db import}) and by {@code local drift}, in one format.
 */
public final class DriftReport {
  private DriftReport() {}

  /**
   * The alerts from {@code before} (the newest version before an import) to the newest version now;
   * empty when the import added no newer version or there are no local assignments.
   */
  public static List<DriftAlert> since(Store store, Optional<StoredVersion> before) {
    Optional<StoredVersion> after = store.newest();
    if (before.isEmpty() || after.isEmpty() || after.get().id() == before.get().id()) {
      return List.of();
    }
    return between(store, before.get(), after.get());
  }

  /** The alerts from {@code older} to {@code newer} for the local assignments of the store. */
  public static List<DriftAlert> between(Store store, StoredVersion older, StoredVersion newer) {
    List<LocalAssignment> local = store.local().current();
    if (local.isEmpty()) {
      return List.of();
    }
    return Drift.between(store.registry(older), store.registry(newer), local);
  }

  /** One line per alert, {@code drift: ENTRY: FINDING [KEY]}, and what to do when there is one. */
  public static void print(List<DriftAlert> alerts, PrintWriter out, boolean advise) {
    for (DriftAlert a : alerts) {
      out.println("drift: " + a + " [" + a.finding().key() + "]");
    }
    if (advise && !alerts.isEmpty()) {
      out.println(
          "portreg check --all fails until each entry is moved (local remove, local add) or"
              + " acknowledged (local acknowledge ENTRY KEY --reason TEXT)");
    }
  }
}
