package org.portreg.cli.workflow;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.portreg.cli.common.ExitCodes;
import org.portreg.cli.common.StoreOption;
import org.portreg.cli.common.UsageException;
import org.portreg.workflow.RequestAction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code portreg request decide ID approve|reject|ask --reason TEXT [--as USER]}. */
@Command(
    name = "decide",
    mixinStandardHelpOptions = true,
    description = {
      "The expert's decision on a request for their transports: approve, reject, or ask the"
          + " applicant for information.",
      "A System-port request, once approved, awaits its IETF Review or IESG Approval reference."
    })
final class RequestDecideCommand implements Callable<Integer> {
  @ParentCommand private RequestCommand parent;
  @Mixin private StoreOption storeOption;
  @Mixin private ActingUser acting;
  @Mixin private RequestStep step;

  @Parameters(index = "1", paramLabel = "DECISION", description = "approve, reject or ask.")
  private String decision;

  /** The action a decision word names. */
  static RequestAction action(String decision) {
    return switch (decision.toLowerCase(Locale.ROOT)) {
      case "approve" -> RequestAction.APPROVE;
      case "reject" -> RequestAction.REJECT;
      case "ask" -> RequestAction.ASK_INFORMATION;
      default ->
          throw new UsageException(
              "the decision must be approve, reject or ask, was '" + decision + "'");
    };
  }

  @Override
  public Integer call() {
    parent.act(storeOption, acting, step.id, action(decision), step.reason);
    return ExitCodes.OK;
  }
}
