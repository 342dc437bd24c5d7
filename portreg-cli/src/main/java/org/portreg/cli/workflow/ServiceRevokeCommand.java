package org.portreg.cli.workflow;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.portreg.cli.common.ExitCodes;
import org.portreg.cli.common.StoreOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code portreg service revoke NAME --reason TEXT [--as ADMIN]} (§8.4): revokes once the comment
 * period of the service's open revocation proposal has ended.
 */
@Command(
    name = "revoke",
    mixinStandardHelpOptions = true,
    description = {
      "Revoke a service (RFC 6335 §8.4) once the public comment period of its open revocation"
          + " proposal ('portreg service propose-revocation') has ended: its ports become Reserved"
          + " with the note \"Revoked on DATE, previously NAME by [assignee]\".",
      "Read the comments first: 'portreg service revocations NAME'. Refused (exit 3) without an"
          + " open proposal or before its end date (allowed on that day)."
    })
final class ServiceRevokeCommand implements Callable<Integer> {
  @ParentCommand private ServiceCommand parent;
  @Mixin private StoreOption storeOption;
  @Mixin private ActingUser acting;

  @Parameters(index = "0", paramLabel = "NAME", description = "The service name.")
  private String name;

  @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why.")
  private String reason;

  /** Before comment periods were stored, the caller stated the end; now the proposal does. */
  @Option(
      names = "--comment-period-end",
      hidden = true,
      paramLabel = "YYYY-MM-DD",
      converter = DateConverter.class,
      description = "Deprecated and ignored: the open proposal's end date decides.")
  private LocalDate commentPeriodEnd;

  @Override
  public Integer call() {
    if (commentPeriodEnd != null) {
      parent
          .err()
          .println(
              "portreg: --comment-period-end is deprecated and ignored: the comment period is"
                  + " that of the open revocation proposal ('portreg service revocations "
                  + name
                  + "')");
    }
    parent.change(storeOption, acting, (registrar, user) -> registrar.revoke(name, user, reason));
    return ExitCodes.OK;
  }
}
