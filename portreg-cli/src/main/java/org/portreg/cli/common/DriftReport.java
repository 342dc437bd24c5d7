package org.portreg.cli.common;

import java.io.PrintWriter;
import java.util.List;
import org.portreg.store.DriftLog.Stated;
import org.portreg.store.DriftLog.Status;
import org.portreg.store.Store;
import org.portreg.store.StoredVersion;

/**
 * What newly imported IANA versions took from the local assignments, said by the command that
 * imported them ({@code update}, {@code db import}) and by {@code local drift}, in one format: one
 * line per alert, tied to the version that raised it.
 */
public final class DriftReport {
  private DriftReport() {}

  /**
   * The alerts of the versions an import added, each against the version before it, oldest first;
   * empty when it added none.
   */
  public static List<Stated> imported(Store store, List<StoredVersion> added) {
    if (added.isEmpty()) {
      return List.of();
    }
    return store.drift().of(added.stream().map(StoredVersion::id).toList());
  }

  /**
   * One line per alert, {@code drift in VERSION: ENTRY PORTS: FINDING [KEY]}, with where it stands
   * when it is not open; with {@code advise}, what to do when one is open.
   */
  public static void print(List<Stated> alerts, PrintWriter out, boolean advise) {
    for (Stated s : alerts) {
      out.println(line(s));
    }
    if (advise && alerts.stream().anyMatch(s -> s.status() == Status.OPEN)) {
      out.println(
          "portreg check --all fails until each entry is moved (local remove, local add) or"
              + " acknowledged (local acknowledge ENTRY KEY --reason TEXT)");
    }
  }

  /** {@code drift in 2025-09-26: capmeter 24601/udp: IANA-assigned to udpstp (…) [KEY]}. */
  public static String line(Stated s) {
    String line =
        "drift in "
            + s.version().name()
            + ": "
            + s.alert()
            + " ["
            + s.alert().finding().key()
            + "]";
    return switch (s.status()) {
      case OPEN -> line;
      case ACKNOWLEDGED ->
          line
              + " (acknowledged by "
              + s.acknowledgement().get().actor()
              + ": "
              + s.acknowledgement().get().acknowledgement().reason()
              + ")";
      case RESOLVED -> line + " (resolved: the entry no longer has it)";
    };
  }
}
