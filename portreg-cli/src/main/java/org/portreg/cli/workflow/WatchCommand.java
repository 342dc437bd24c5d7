package org.portreg.cli.workflow;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.portreg.cli.common.Terminal;
import org.portreg.cli.common.UsageException;
import org.portreg.store.Watch;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code portreg watch add|list|remove}: saved watches on a search query, delivered by e-mail or to
 * a webhook by {@code portreg serve} (docs/notifications.md).
 */
@Command(
    name = "watch",
    mixinStandardHelpOptions = true,
    description = "Save searches to be told of the registry's changes to them (e-mail or webhook).",
    subcommands = {WatchAddCommand.class, WatchListCommand.class, WatchRemoveCommand.class})
public final class WatchCommand implements Runnable {
  @ParentCommand private Terminal main;

  /** Standard output as UTF-8 text; the caller flushes it. */
  PrintStream out() {
    return new PrintStream(main.out(), false, StandardCharsets.UTF_8);
  }

  /** One watch in one line: number, delivery, target, state, query. */
  static String describe(Watch w) {
    return "#"
        + w.id()
        + "\t"
        + w.kind().word()
        + "\t"
        + w.url().orElse("-")
        + "\t"
        + (w.active() ? "active" : "disabled")
        + "\t"
        + w.query();
  }

  @Override
  public void run() {
    throw new UsageException("a watch command is required: add, list or remove");
  }
}
