package org.portreg.cli.workflow;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import org.portreg.cli.common.ExitCodes;
import org.portreg.cli.common.StoreOption;
import org.portreg.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code portreg watch remove ID [--as USER]}: removes one of the acting user's watches. */
@Command(
    name = "remove",
    mixinStandardHelpOptions = true,
    description = "Remove one of your watches (an admin may remove any).")
final class WatchRemoveCommand implements Callable<Integer> {
  @ParentCommand private WatchCommand parent;
  @Mixin private StoreOption storeOption;
  @Mixin private ActingUser acting;

  @Parameters(index = "0", paramLabel = "ID", description = "The watch's number (watch list).")
  private long id;

  @Override
  public Integer call() {
    try (Store store = storeOption.open()) {
      store.watches().remove(id, acting.of(store.accounts()));
    }
    PrintStream out = parent.out();
    out.println("removed watch #" + id);
    out.flush();
    return ExitCodes.OK;
  }
}
