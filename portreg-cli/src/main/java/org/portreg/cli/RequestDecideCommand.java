package org.portreg.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.portreg.workflow.RequestAction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
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

  @Parameters(index = "0", paramLabel = "ID", description = "The request's number.")
  private long id;

  @Parameters(index = "1", paramLabel = "DECISION", description = "approve, reject or ask.")
  private String decision;

  @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why.")
  private String reason;

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
    parent.act(storeOption, acting, id, action(decision), reason);
    return ExitCodes.OK;
  }
}
