package org.portreg.cli.local;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.portreg.cli.common.DriftReport;
import org.portreg.cli.common.ExitCodes;
import org.portreg.cli.common.StoreOption;
import org.portreg.error.NotFoundException;
import org.portreg.local.DriftAlert;
import org.portreg.store.Store;
import org.portreg.store.StoredVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code portreg local drift}: the local assignments that the newest stored IANA version collides
 * with and the one before it did not; exit 1 when there is any.
 */
@Command(
    name = "drift",
    mixinStandardHelpOptions = true,
    description = "Drift alerts: what the newest IANA version took from the local assignments.")
final class LocalDriftCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;
  @Mixin private StoreOption db;

  @Override
  public Integer call() {
    List<DriftAlert> alerts;
    try (Store store = db.open()) {
      List<StoredVersion> versions = store.versions();
      if (versions.size() < 2) {
        throw new NotFoundException(
            "drift needs two stored IANA versions, found " + versions.size());
      }
      StoredVersion newer = versions.get(versions.size() - 1);
      StoredVersion older = versions.get(versions.size() - 2);
      alerts = DriftReport.between(store, older, newer);
    }
    PrintWriter out = spec.commandLine().getOut();
    DriftReport.print(alerts, out, false);
    out.flush();
    return alerts.isEmpty() ? ExitCodes.OK : ExitCodes.INTERNAL;
  }
}
