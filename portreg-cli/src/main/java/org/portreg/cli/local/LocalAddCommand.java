package org.portreg.cli.local;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.portreg.cli.common.ExitCodes;
import org.portreg.cli.common.LocalEntryOptions;
import org.portreg.cli.common.PolicyOption;
import org.portreg.cli.common.RegistryOption;
import org.portreg.cli.common.TerminalWidth;
import org.portreg.local.Checker;
import org.portreg.local.LocalAssignment;
import org.portreg.local.Verdict;
import org.portreg.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code portreg local add NAME [--ports P] [--transport T] --owner TEAM …}: checks the entry
 * against IANA, the policy and the other local assignments, refuses it on a conflict (unless {@code
 * --force}) and stores it.
 */
@Command(
    name = "add",
    mixinStandardHelpOptions = true,
    description = "Add a local assignment after checking it; exit 1 when it conflicts.")
final class LocalAddCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;
  @Mixin private RegistryOption registry;
  @Mixin private PolicyOption policy;

  @Parameters(index = "0", paramLabel = "NAME", description = "Service name (RFC 6335 syntax).")
  private String name;

  @Mixin private LocalEntryOptions fields;

  @Option(names = "--force", description = "Add it even when it conflicts.")
  private boolean force;

  @Option(names = "--as", paramLabel = "USER", description = "Who acts (default: the OS user).")
  private String actor = LocalCommand.defaultActor();

  @Option(names = "--reason", paramLabel = "TEXT", description = "Why, for the audit log.")
  private String reason = "added";

  @Override
  public Integer call() {
    LocalAssignment entry = fields.entry(name);
    PrintWriter out = spec.commandLine().getOut();
    try (Store store = Store.openForCommand(registry.dbUrl())) {
      Checker checker =
          new Checker(registry.index(), policy.read(), store.local().current(), List.of());
      Verdict verdict = checker.checkAssignment(entry);
      VerdictOutput.text(List.of(verdict), out, TerminalWidth.get());
      if (verdict.fails(false) && !force) {
        out.println("not added: it conflicts (give --force to add it anyway)");
        out.flush();
        return ExitCodes.INTERNAL;
      }
      store.local().add(entry, actor, reason);
      out.println("added " + entry.name() + " " + entry.portsText());
    }
    out.flush();
    return ExitCodes.OK;
  }
}
