package org.portreg.cli;

import java.util.concurrent.Callable;
import org.portreg.workflow.RequestAction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code portreg request withdraw ID --reason TEXT [--as USER]}: the applicant withdraws. */
@Command(
    name = "withdraw",
    mixinStandardHelpOptions = true,
    description = "Withdraw one of your own requests that is not yet assigned or rejected.")
final class RequestWithdrawCommand implements Callable<Integer> {
  @ParentCommand private RequestCommand parent;
  @Mixin private StoreOption storeOption;
  @Mixin private ActingUser acting;

  @Parameters(index = "0", paramLabel = "ID", description = "The request's number.")
  private long id;

  @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why.")
  private String reason;

  @Override
  public Integer call() {
    parent.act(storeOption, acting, id, RequestAction.WITHDRAW, reason);
    return ExitCodes.OK;
  }
}
