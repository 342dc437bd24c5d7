package org.portreg.cli.workflow;

import java.util.concurrent.Callable;
import org.portreg.cli.common.ExitCodes;
import org.portreg.cli.common.StoreOption;
import org.portreg.workflow.RequestAction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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
  @Mixin private RequestStep step;

  @Override
  public Integer call() {
    parent.act(storeOption, acting, step.id, RequestAction.WITHDRAW, step.reason);
    return ExitCodes.OK;
  }
}
