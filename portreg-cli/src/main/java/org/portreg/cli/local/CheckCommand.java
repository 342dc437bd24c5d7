package org.portreg.cli.local;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.portreg.cli.common.ExitCodes;
import org.portreg.cli.common.LocalOption;
import org.portreg.cli.common.LocalOverlay;
import org.portreg.cli.common.PolicyOption;
import org.portreg.cli.common.RegistryOption;
import org.portreg.cli.common.TerminalWidth;
import org.portreg.error.InvalidInputException;
import org.portreg.index.RegistryIndex;
import org.portreg.local.AssignmentReader;
import org.portreg.local.CheckItem;
import org.portreg.local.Checker;
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
    List<CheckItem> parsed = items(items, all);
    List<Verdict> verdicts = verdicts(checker(), parsed, all);
    boolean fails = fails(verdicts, strict);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      VerdictOutput.json(verdicts, fails, out);
    } else {
      VerdictOutput.text(verdicts, out, TerminalWidth.get());
    }
    out.flush();
    return fails ? ExitCodes.INTERNAL : ExitCodes.OK;
  }

  /**
   * The items to check, parsed.
   *
   * @throws InvalidInputException unless there are items or {@code all}, not both, or when an item
   *     is malformed
   */
  static List<CheckItem> items(List<String> words, boolean all) {
    if (all == !words.isEmpty()) {
      throw new InvalidInputException("give either ports and names to check, or --all");
    }
    List<CheckItem> parsed = new ArrayList<>(words.size());
    for (String word : words) {
      parsed.add(CheckItem.parse(word));
    }
    return parsed;
  }

  /** The verdicts on {@code items}, or with {@code all} on every local assignment. */
  static List<Verdict> verdicts(Checker checker, List<CheckItem> items, boolean all) {
    if (all) {
      return checker.checkAll();
    }
    List<Verdict> verdicts = new ArrayList<>(items.size());
    for (CheckItem item : items) {
      verdicts.add(checker.check(item));
    }
    return verdicts;
  }

  /** Whether any verdict fails ({@code strict}: warnings too). */
  static boolean fails(List<Verdict> verdicts, boolean strict) {
    for (Verdict v : verdicts) {
      if (v.fails(strict)) {
        return true;
      }
    }
    return false;
  }

  private Checker checker() {
    RegistryIndex index = registry.index();
    LocalOverlay overlay = overlay();
    return new Checker(
        index, policy.read(), overlay.entries(), all ? overlay.acknowledgements() : List.of());
  }

  /**
   * The local assignments and acknowledgements: from {@code --local} (nothing acknowledged), else
   * from the database: read with the registry by {@link RegistryOption#index()}, or on their own
   * when the registry is a file.
   */
  private LocalOverlay overlay() {
    if (local.file().isPresent()) {
      return new LocalOverlay(AssignmentReader.read(local.file().get()), List.of());
    }
    if (registry.file().isEmpty()) {
      return registry.overlay();
    }
    try (Store store = Store.openForCommand(registry.dbUrl())) {
      return RegistryOption.overlayOf(store);
    }
  }
}
