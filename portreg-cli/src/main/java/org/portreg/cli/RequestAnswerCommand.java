package org.portreg.cli;

import java.util.concurrent.Callable;
import org.portreg.workflow.RequestAction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
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

  @Parameters(index = "0", paramLabel = "ID", description = "The request's number.")
  private long id;

  @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why.")
  private String reason;

  @Override
  public Integer call() {
    parent.act(storeOption, acting, id, RequestAction.PROVIDE_INFORMATION, reason);
    return ExitCodes.OK;
  }
}
