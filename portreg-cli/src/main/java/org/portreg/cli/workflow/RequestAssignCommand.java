package org.portreg.cli.workflow;

import java.util.concurrent.Callable;
import org.portreg.cli.common.ExitCodes;
import org.portreg.cli.common.StoreOption;
import org.portreg.workflow.RequestAction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code portreg request assign ID --reason TEXT [--as USER]}: the administrator assigns. */
@Command(
    name = "assign",
    mixinStandardHelpOptions = true,
    description = {
      "Assign an approved request: the registry gets its records in a new version, written in the"
          + " same transaction. Prints the request and what the registry got.",
      "For \"any-user\" or \"any-system\" the lowest free port is chosen now."
    })
final class RequestAssignCommand implements Callable<Integer> {
  @ParentCommand private RequestCommand parent;
  @Mixin private StoreOption storeOption;
  @Mixin private ActingUser acting;
  @Mixin private RequestStep step;

  @Override
  public Integer call() {
    parent.act(storeOption, acting, step.id, RequestAction.ASSIGN, step.reason);
    return ExitCodes.OK;
  }
}
