package org.portreg.cli.workflow;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.BiFunction;
import org.portreg.cli.common.StoreOption;
import org.portreg.cli.common.Terminal;
import org.portreg.cli.common.UsageException;
import org.portreg.cli.common.UserInput;
import org.portreg.store.Registrar;
import org.portreg.store.Store;
import org.portreg.workflow.RegistryChange;
import org.portreg.workflow.User;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code portreg service deassign|revoke|transfer|modify}: the lifecycle of an assignment after it
 * is made (RFC 6335 §8.2, §8.4–8.6), each writing a new registry version (admin only); and the
 * public call for comments before a revocation: {@code propose-revocation}, {@code comment}, {@code
 * revocations}, {@code withdraw-revocation}.
 */
@Command(
    name = "service",
    mixinStandardHelpOptions = true,
    description = {
      "Change an assigned service: de-assign, revoke, transfer or modify it (RFC 6335 §8).",
      "Each writes a new registry version and an audit entry; the acting user must be an admin.",
      "A revocation is proposed first and takes public comments until its period ends."
    },
    subcommands = {
      ServiceDeassignCommand.class,
      ServiceProposeRevocationCommand.class,
      ServiceRevocationsCommand.class,
      ServiceCommentCommand.class,
      ServiceWithdrawRevocationCommand.class,
      ServiceRevokeCommand.class,
      ServiceTransferCommand.class,
      ServiceModifyCommand.class
    })
public final class ServiceCommand implements Runnable {
  @ParentCommand private Terminal main;

  /**
   * Applies {@code operation} as the acting user and prints the change summary and the date of the
   * new registry version.
   */
  RegistryChange change(
      StoreOption storeOption,
      ActingUser acting,
      BiFunction<Registrar, User, RegistryChange> operation) {
    RegistryChange change;
    try (Store store = storeOption.open()) {
      User user = acting.of(store.accounts());
      change = UserInput.check(() -> operation.apply(store.registrar(), user));
    }
    PrintStream out = out();
    out.println(change.summary());
    out.println("registry version " + change.registry().header().updated());
    out.flush();
    return change;
  }

  /** Standard output as UTF-8 text; the caller flushes it. */
  PrintStream out() {
    return new PrintStream(main.out(), false, StandardCharsets.UTF_8);
  }

  /** Where messages go. */
  PrintStream err() {
    return main.err();
  }

  @Override
  public void run() {
    throw new UsageException(
        "a service command is required: deassign, propose-revocation, revocations, comment,"
            + " withdraw-revocation, revoke, transfer or modify");
  }
}
