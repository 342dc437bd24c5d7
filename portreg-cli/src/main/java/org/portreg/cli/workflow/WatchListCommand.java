package org.portreg.cli.workflow;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import org.portreg.cli.common.ExitCodes;
import org.portreg.cli.common.StoreOption;
import org.portreg.store.Store;
import org.portreg.store.Watch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code portreg watch list [--as USER]}: the acting user's watches, one a line. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = "List your watches: number, e-mail or webhook, URL, state, query.")
final class WatchListCommand implements Callable<Integer> {
  @ParentCommand private WatchCommand parent;
  @Mixin private StoreOption storeOption;
  @Mixin private ActingUser acting;

  @Override
  public Integer call() {
    List<Watch> watches;
    try (Store store = storeOption.open()) {
      watches = store.watches().of(acting.of(store.accounts()).username());
    }
    PrintStream out = parent.out();
    watches.forEach(w -> out.println(WatchCommand.describe(w)));
    out.flush();
    return ExitCodes.OK;
  }
}
