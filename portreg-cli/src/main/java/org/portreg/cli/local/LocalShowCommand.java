package org.portreg.cli.local;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.portreg.cli.common.ExitCodes;
import org.portreg.cli.common.StoreOption;
import org.portreg.error.NotFoundException;
import org.portreg.local.AssignmentWriter;
import org.portreg.store.LocalVersion;
import org.portreg.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code portreg local show NAME}: every stored state of one local assignment, oldest first. */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description = "Show a local assignment and its history.")
final class LocalShowCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;
  @Mixin private StoreOption db;

  @Parameters(index = "0", paramLabel = "NAME", description = "The assignment's name.")
  private String name;

  @Override
  public Integer call() {
    List<LocalVersion> history;
    try (Store store = db.open()) {
      history = store.local().history(name);
    }
    if (history.isEmpty()) {
      throw new NotFoundException("no local assignment named '" + name + "'");
    }
    PrintWriter out = spec.commandLine().getOut();
    for (LocalVersion v : history) {
      String until = v.validTo().map(t -> " until " + t).orElse(" (current)");
      out.println("from " + v.validFrom() + until + ", by " + v.changedBy());
      out.println("  " + AssignmentWriter.json(List.of(v.assignment())));
    }
    out.flush();
    return ExitCodes.OK;
  }
}
