package org.portreg.cli.local;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.portreg.cli.common.ExitCodes;
import org.portreg.cli.common.LocalOption;
import org.portreg.cli.common.PolicyOption;
import org.portreg.cli.common.RegistryOption;
import org.portreg.cli.common.TerminalWidth;
import org.portreg.error.InvalidInputException;
import org.portreg.local.Acknowledgement;
import org.portreg.local.AssignmentReader;
import org.portreg.local.CheckItem;
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
 * {@code portreg check PORT[/TRANSPORT]… | NAME… | --all [--policy FILE] [--strict] [--format
 * text|json]}: exit 0 when everything is clear, 1 when anything conflicts.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description =
        "Check ports and names against IANA, the policy and the local assignments; exit 1 on a"
            + " conflict.")
public final class CheckCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;
  @Mixin private RegistryOption registry;
  @Mixin private PolicyOption policy;

  @Parameters(paramLabel = "ITEM", description = "PORT, PORT/TRANSPORT, FIRST-LAST or NAME.")
  private List<String> items = new ArrayList<>();

  @Option(names = "--all", description = "Check every local assignment (a CI gate).")
  private boolean all;

  @Option(names = "--strict", description = "Count warnings as conflicts.")
  private boolean strict;

  @Mixin private LocalOption local;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text (default) or json.")
  private String format;

  @Override
  public Integer call() {
    boolean json = VerdictOutput.isJson(format);
    if (all == !items.isEmpty()) {
      throw new InvalidInputException("give either ports and names to check, or --all");
    }
    List<Verdict> verdicts = verdicts();
    boolean fails = verdicts.stream().anyMatch(v -> v.fails(strict));
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      VerdictOutput.json(verdicts, fails, out);
    } else {
      VerdictOutput.text(verdicts, out, TerminalWidth.get());
    }
    out.flush();
    return fails ? ExitCodes.INTERNAL : ExitCodes.OK;
  }

  private List<Verdict> verdicts() {
    List<CheckItem> parsed = items.stream().map(CheckItem::parse).toList();
    Overlay overlay = overlay();
    Checker checker =
        new Checker(registry.index(), policy.read(), overlay.entries(), overlay.acknowledged());
    return all ? checker.checkAll() : parsed.stream().map(checker::check).toList();
  }

  private Overlay overlay() {
    if (local.file().isPresent()) {
      return new Overlay(AssignmentReader.read(local.file().get()), List.of());
    }
    try (Store store = Store.openForCommand(registry.dbUrl())) {
      // Only the acknowledgements no version imported after them raised again (docs/local.md).
      return new Overlay(store.local().current(), all ? store.drift().standing() : List.of());
    }
  }

  /** The local assignments and acknowledgements a check uses. */
  private record Overlay(List<LocalAssignment> entries, List<Acknowledgement> acknowledged) {}
}
