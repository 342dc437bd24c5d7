package org.portreg.cli.local;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.portreg.cli.common.ExitCodes;
import org.portreg.cli.common.StoreOption;
import org.portreg.local.AssignmentWriter;
import org.portreg.local.LocalAssignment;
import org.portreg.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code portreg local list [--format text|json]}: the current local assignments by name. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = "List the current local assignments.")
final class LocalListCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;
  @Mixin private StoreOption db;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text (default) or json (the import format).")
  private String format;

  @Override
  public Integer call() {
    boolean json = VerdictOutput.isJson(format);
    List<LocalAssignment> entries;
    try (Store store = db.open()) {
      entries = store.local().current();
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(AssignmentWriter.json(entries));
    } else {
      for (LocalAssignment a : entries) {
        out.println(
            a.name()
                + "\t"
                + a.portsText()
                + "\t"
                + a.owner()
                + "\t"
                + a.scope().word()
                + "\t"
                + a.description());
      }
    }
    out.flush();
    return ExitCodes.OK;
  }
}
