package org.portreg.cli.local;

import java.util.concurrent.Callable;
import org.portreg.cli.common.ExitCodes;
import org.portreg.cli.common.StoreOption;
import org.portreg.local.Acknowledgement;
import org.portreg.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code portreg local acknowledge NAME KEY --reason TEXT}: live with one finding of an assignment
 * (its key as {@code check --format json} prints it); {@code check --all} then warns instead of
 * failing. The reason goes to the audit log.
 */
@Command(
    name = "acknowledge",
    mixinStandardHelpOptions = true,
    description = "Acknowledge a drift finding of a local assignment, with a reason.")
final class LocalAcknowledgeCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;
  @Mixin private StoreOption db;

  @Parameters(index = "0", paramLabel = "NAME", description = "The assignment's name.")
  private String name;

  @Parameters(index = "1", paramLabel = "KEY", description = "The finding's key.")
  private String key;

  @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why.")
  private String reason;

  @Option(names = "--as", paramLabel = "USER", description = "Who acts (default: the OS user).")
  private String actor = LocalCommand.defaultActor();

  @Override
  public Integer call() {
    try (Store store = db.open()) {
      store.local().acknowledge(new Acknowledgement(name, key, reason), actor);
    }
    spec.commandLine().getOut().println("acknowledged " + key + " for " + name);
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}
