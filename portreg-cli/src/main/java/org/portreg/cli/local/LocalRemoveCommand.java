package org.portreg.cli.local;

import java.util.concurrent.Callable;
import org.portreg.cli.common.ExitCodes;
import org.portreg.cli.common.StoreOption;
import org.portreg.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code portreg local remove NAME --reason TEXT}: ends an assignment; its history stays. */
@Command(
    name = "remove",
    mixinStandardHelpOptions = true,
    description = "Remove a local assignment (its history stays).")
final class LocalRemoveCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;
  @Mixin private StoreOption db;

  @Parameters(index = "0", paramLabel = "NAME", description = "The assignment's name.")
  private String name;

  @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why.")
  private String reason;

  @Option(names = "--as", paramLabel = "USER", description = "Who acts (default: the OS user).")
  private String actor = LocalCommand.defaultActor();

  @Override
  public Integer call() {
    try (Store store = db.open()) {
      store.local().remove(name, actor, reason);
    }
    spec.commandLine().getOut().println("removed " + name);
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}
