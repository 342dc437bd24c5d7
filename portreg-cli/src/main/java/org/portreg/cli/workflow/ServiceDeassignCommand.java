package org.portreg.cli.workflow;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.portreg.cli.common.ExitCodes;
import org.portreg.cli.common.StoreOption;
import org.portreg.cli.common.TransportConverter;
import org.portreg.model.Transport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code portreg service deassign NAME [--transport T] --reason TEXT [--as ADMIN]} (§8.2). */
@Command(
    name = "deassign",
    mixinStandardHelpOptions = true,
    description = {
      "De-assign a service (RFC 6335 §8.2), on one transport or all: its ports become Reserved"
          + " with the note \"De-assigned on DATE, previously NAME by [assignee]\"; its name-only"
          + " records are removed."
    })
final class ServiceDeassignCommand implements Callable<Integer> {
  @ParentCommand private ServiceCommand parent;
  @Mixin private StoreOption storeOption;
  @Mixin private ActingUser acting;

  @Parameters(index = "0", paramLabel = "NAME", description = "The service name.")
  private String name;

  @Option(
      names = "--transport",
      paramLabel = "TRANSPORT",
      converter = TransportConverter.class,
      description = "Only this transport, such as tcp (default: every transport).")
  private Transport transport;

  @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why.")
  private String reason;

  @Override
  public Integer call() {
    parent.change(
        storeOption,
        acting,
        (registrar, user) ->
            registrar.deassign(name, Optional.ofNullable(transport), user, reason));
    return ExitCodes.OK;
  }
}
