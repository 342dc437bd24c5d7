package org.portreg.cli.workflow;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import org.portreg.cli.common.ExitCodes;
import org.portreg.cli.common.StoreOption;
import org.portreg.store.Store;
import org.portreg.workflow.RevocationComment;
import org.portreg.workflow.RevocationProposal;
import org.portreg.workflow.User;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code portreg service comment NAME|ID --text TEXT [--as USER]}: a comment on a proposed
 * revocation while its comment period runs (any active user).
 */
@Command(
    name = "comment",
    mixinStandardHelpOptions = true,
    description =
        "Comment on a proposed revocation (public, with your username) while its comment period"
            + " runs; NAME means the service's open proposal, ID a proposal's number.")
final class ServiceCommentCommand implements Callable<Integer> {
  @ParentCommand private ServiceCommand parent;
  @Mixin private StoreOption storeOption;
  @Mixin private ActingUser acting;

  @Parameters(index = "0", paramLabel = "NAME|ID", description = "A service name or proposal ID.")
  private String target;

  @Option(
      names = "--text",
      required = true,
      paramLabel = "TEXT",
      description = "The comment: 1 to 4000 characters.")
  private String text;

  @Override
  public Integer call() {
    RevocationProposal p;
    RevocationComment said;
    try (Store store = storeOption.open()) {
      User user = acting.of(store.accounts());
      p = RevocationText.find(store.revocations(), target);
      said = store.revocations().comment(p.id(), user, text);
    }
    PrintStream out = parent.out();
    out.println(
        "comment #" + said.id() + " on revocation #" + p.id() + " of '" + p.serviceName() + "'");
    out.flush();
    return ExitCodes.OK;
  }
}
