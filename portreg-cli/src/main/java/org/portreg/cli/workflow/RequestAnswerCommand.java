package org.portreg.cli.workflow;

import java.util.concurrent.Callable;
import org.portreg.cli.common.ExitCodes;
import org.portreg.cli.common.StoreOption;
import org.portreg.workflow.RequestAction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/**
 * {@code portreg request answer ID --reason TEXT [--as USER]}: the applicant answers the expert.
 */
@Command(
    name = "answer",
    mixinStandardHelpOptions = true,
    description =
        "Answer the expert who asked for information on your request; the --reason is the"
            + " answer, and the request returns to review.")
final class RequestAnswerCommand implements Callable<Integer> {
  @ParentCommand private RequestCommand parent;
  @Mixin private StoreOption storeOption;
  @Mixin private ActingUser acting;
  @Mixin private RequestStep step;

  @Override
  public Integer call() {
    parent.act(storeOption, acting, step.id, RequestAction.PROVIDE_INFORMATION, step.reason);
    return ExitCodes.OK;
  }
}
