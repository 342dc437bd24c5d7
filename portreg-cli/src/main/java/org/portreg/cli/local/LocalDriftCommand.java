package org.portreg.cli.local;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.portreg.cli.common.DriftReport;
import org.portreg.cli.common.ExitCodes;
import org.portreg.cli.common.StoreOption;
import org.portreg.error.NotFoundException;
import org.portreg.store.DriftLog.Stated;
import org.portreg.store.DriftLog.Status;
import org.portreg.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code portreg local drift}: what each stored IANA version took from the local assignments in
 * force when it was imported, tied to that version, with where each alert stands (acknowledged or
 * resolved since); exit 1 while one is open.
 */
@Command(
    name = "drift",
    mixinStandardHelpOptions = true,
    description = {
      "Drift alerts: what each IANA version took from the local assignments, and where each stands.",
      "Exit 1 while an alert is open (neither acknowledged nor resolved)."
    })
final class LocalDriftCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;
  @Mixin private StoreOption db;

  @Override
  public Integer call() {
    List<Stated> alerts;
    try (Store store = db.open()) {
      int versions = store.versions().size();
      if (versions < 2) {
        throw new NotFoundException("drift needs two stored IANA versions, found " + versions);
      }
      alerts = store.drift().newest(Integer.MAX_VALUE);
    }
    PrintWriter out = spec.commandLine().getOut();
    DriftReport.print(alerts, out, false);
    out.flush();
    return alerts.stream().anyMatch(s -> s.status() == Status.OPEN)
        ? ExitCodes.INTERNAL
        : ExitCodes.OK;
  }
}
