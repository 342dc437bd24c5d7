package org.portreg.cli.workflow;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.portreg.cli.common.ExitCodes;
import org.portreg.cli.common.StoreOption;
import org.portreg.cli.common.UserInput;
import org.portreg.store.Store;
import org.portreg.workflow.CommentPeriod;
import org.portreg.workflow.RevocationProposal;
import org.portreg.workflow.User;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code portreg service propose-revocation NAME --reason TEXT [--days N | --until DATE] [--as
 * ADMIN]}: starts the public call for comments before a revocation (§8.4).
 */
@Command(
    name = "propose-revocation",
    mixinStandardHelpOptions = true,
    description = {
      "Propose the revocation of a service (RFC 6335 §8.4): its public page /revocations/ID takes"
          + " comments from signed-in users until the comment period ends, and its assignees are"
          + " told by e-mail (sent by 'portreg serve').",
      "Revoke it with 'portreg service revoke' from the end date on. One open proposal per"
          + " service."
    })
final class ServiceProposeRevocationCommand implements Callable<Integer> {
  @ParentCommand private ServiceCommand parent;
  @Mixin private StoreOption storeOption;
  @Mixin private ActingUser acting;

  @Parameters(index = "0", paramLabel = "NAME", description = "The service name.")
  private String name;

  @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why (public).")
  private String reason;

  @ArgGroup(exclusive = true)
  private Period period;

  static final class Period {
    @Option(
        names = "--days",
        paramLabel = "N",
        description = "The comment period in days from today, 1 to 365 (default: 30).")
    Integer days;

    @Option(
        names = "--until",
        paramLabel = "YYYY-MM-DD",
        converter = DateConverter.class,
        description = "The day the comment period ends (after today): comments before it.")
    LocalDate until;

    CommentPeriod get() {
      return until != null ? new CommentPeriod.Until(until) : new CommentPeriod.Days(days);
    }
  }

  @Override
  public Integer call() {
    RevocationProposal p;
    LocalDate today;
    try (Store store = storeOption.open()) {
      User user = acting.of(store.accounts());
      CommentPeriod chosen = period == null ? CommentPeriod.standard() : period.get();
      p = UserInput.check(() -> store.revocations().propose(name, chosen, user, reason));
      today = store.revocations().today();
    }
    PrintStream out = parent.out();
    out.println(RevocationText.line(p, today));
    out.println("page: /revocations/" + p.id());
    out.flush();
    return ExitCodes.OK;
  }
}
