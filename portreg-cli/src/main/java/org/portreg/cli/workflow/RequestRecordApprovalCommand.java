package org.portreg.cli.workflow;

import java.util.concurrent.Callable;
import org.portreg.cli.common.ExitCodes;
import org.portreg.cli.common.StoreOption;
import org.portreg.workflow.RequestAction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/**
 * {@code portreg request record-approval ID --reason TEXT [--as USER]}: an admin records the IETF
 * approval.
 */
@Command(
    name = "record-approval",
    mixinStandardHelpOptions = true,
    description =
        "Record that the IETF Review or IESG Approval a System-port request names (an RFC or"
            + " an approved draft among its references) has happened; the request is then"
            + " APPROVED.")
final class RequestRecordApprovalCommand implements Callable<Integer> {
  @ParentCommand private RequestCommand parent;
  @Mixin private StoreOption storeOption;
  @Mixin private ActingUser acting;
  @Mixin private RequestStep step;

  @Override
  public Integer call() {
    parent.act(storeOption, acting, step.id, RequestAction.RECORD_APPROVAL, step.reason);
    return ExitCodes.OK;
  }
}
