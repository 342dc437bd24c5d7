package org.portreg.cli.workflow;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import org.portreg.cli.common.ExitCodes;
import org.portreg.cli.common.StoreOption;
import org.portreg.cli.common.UserInput;
import org.portreg.store.Store;
import org.portreg.workflow.RevocationProposal;
import org.portreg.workflow.User;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code portreg service withdraw-revocation NAME|ID --reason TEXT [--as ADMIN]}. */
@Command(
    name = "withdraw-revocation",
    mixinStandardHelpOptions = true,
    description =
        "Withdraw an open revocation proposal: the assignment stays and its assignees are told.")
final class ServiceWithdrawRevocationCommand implements Callable<Integer> {
  @ParentCommand private ServiceCommand parent;
  @Mixin private StoreOption storeOption;
  @Mixin private ActingUser acting;

  @Parameters(index = "0", paramLabel = "NAME|ID", description = "A service name or proposal ID.")
  private String target;

  @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why (public).")
  private String reason;

  @Override
  public Integer call() {
    RevocationProposal p;
    try (Store store = storeOption.open()) {
      User user = acting.of(store.accounts());
      long id = RevocationText.find(store.revocations(), target).id();
      p = UserInput.check(() -> store.revocations().withdraw(id, user, reason));
    }
    PrintStream out = parent.out();
    out.println("withdrew revocation #" + p.id() + " of '" + p.serviceName() + "'");
    out.flush();
    return ExitCodes.OK;
  }
}
