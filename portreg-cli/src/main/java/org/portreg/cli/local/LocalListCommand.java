package org.portreg.cli.local;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.portreg.cli.common.ExitCodes;
import org.portreg.cli.common.StoreOption;
import org.portreg.cli.common.TerminalWidth;
import org.portreg.cli.common.WrappedTable;
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
  private static final String[] HEADERS = {"Name", "Ports", "Owner", "Scope", "Description"};

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
      text(entries, out, TerminalWidth.get());
    }
    out.flush();
    return ExitCodes.OK;
  }

  /**
   * One tab-separated line per entry (name, ports, owner, scope, description) for a pipe or a file;
   * on a terminal, a table with a header fitted to its {@code width}, the description wrapped.
   */
  static void text(List<LocalAssignment> entries, PrintWriter out, int width) {
    if (width == TerminalWidth.UNLIMITED) {
      for (LocalAssignment a : entries) {
        out.println(String.join("\t", cells(a)));
      }
    } else if (!entries.isEmpty()) {
      out.print(
          WrappedTable.render(
              HEADERS, entries.stream().map(LocalListCommand::cells).toList(), width));
    }
  }

  private static String[] cells(LocalAssignment a) {
    return new String[] {a.name(), a.portsText(), a.owner(), a.scope().word(), a.description()};
  }
}
