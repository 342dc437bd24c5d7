package org.portreg.cli.local;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.portreg.cli.common.ExitCodes;
import org.portreg.cli.common.PolicyOption;
import org.portreg.cli.common.RegistryOption;
import org.portreg.cli.common.TerminalWidth;
import org.portreg.error.InvalidInputException;
import org.portreg.local.Checker;
import org.portreg.local.LocalAssignment;
import org.portreg.local.Scope;
import org.portreg.local.Verdict;
import org.portreg.model.PortRange;
import org.portreg.model.Transport;
import org.portreg.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code portreg local add NAME [--ports P] [--transport T] --owner TEAM …}: checks the entry
 * against IANA, the policy and the other local assignments, refuses it on a conflict (unless {@code
 * --force}) and stores it.
 */
@Command(
    name = "add",
    mixinStandardHelpOptions = true,
    description = "Add a local assignment after checking it; exit 1 when it conflicts.")
final class LocalAddCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;
  @Mixin private RegistryOption registry;
  @Mixin private PolicyOption policy;

  @Parameters(index = "0", paramLabel = "NAME", description = "Service name (RFC 6335 syntax).")
  private String name;

  @Option(names = "--ports", paramLabel = "PORTS", description = "A port or range FIRST-LAST.")
  private String ports;

  @Option(names = "--transport", split = ",", paramLabel = "T", description = "tcp, udp, ...")
  private List<String> transports = new ArrayList<>();

  @Option(names = "--owner", required = true, paramLabel = "TEAM", description = "Owning team.")
  private String owner;

  @Option(names = "--contact", paramLabel = "TEXT", description = "How to reach the owner.")
  private String contact = "";

  @Option(names = "--scope", paramLabel = "SCOPE", description = "host, cluster or org (default).")
  private String scope = "org";

  @Option(names = "--tag", split = ",", paramLabel = "TAG", description = "Environment tags.")
  private List<String> tags = new ArrayList<>();

  @Option(names = "--description", paramLabel = "TEXT", description = "What the service is.")
  private String description = "";

  @Option(names = "--since", paramLabel = "DATE", description = "Since (default today).")
  private LocalDate since;

  @Option(names = "--expires", paramLabel = "DATE", description = "When it ends.")
  private LocalDate expires;

  @Option(names = "--notes", paramLabel = "TEXT", description = "Anything else.")
  private String notes = "";

  @Option(names = "--force", description = "Add it even when it conflicts.")
  private boolean force;

  @Option(names = "--as", paramLabel = "USER", description = "Who acts (default: the OS user).")
  private String actor = LocalCommand.defaultActor();

  @Option(names = "--reason", paramLabel = "TEXT", description = "Why, for the audit log.")
  private String reason = "added";

  @Override
  public Integer call() {
    LocalAssignment entry = entry();
    PrintWriter out = spec.commandLine().getOut();
    try (Store store = Store.openForCommand(registry.dbUrl())) {
      Checker checker =
          new Checker(registry.index(), policy.read(), store.local().current(), List.of());
      Verdict verdict = checker.checkAssignment(entry);
      VerdictOutput.text(List.of(verdict), out, TerminalWidth.get());
      if (verdict.fails(false) && !force) {
        out.println("not added: it conflicts (give --force to add it anyway)");
        out.flush();
        return ExitCodes.INTERNAL;
      }
      store.local().add(entry, actor, reason);
      out.println("added " + entry.name() + " " + entry.portsText());
    }
    out.flush();
    return ExitCodes.OK;
  }

  private LocalAssignment entry() {
    Set<Transport> set = EnumSet.noneOf(Transport.class);
    for (String t : transports) {
      set.add(
          Transport.parse(t.strip())
              .orElseThrow(
                  () ->
                      new InvalidInputException(
                          "--transport must list tcp, udp, sctp or dccp, was '" + t + "'")));
    }
    Scope s =
        Scope.parse(scope)
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "--scope must be host, cluster or org, was '" + scope + "'"));
    return new LocalAssignment(
        name,
        Optional.ofNullable(ports).map(LocalAddCommand::range),
        set,
        owner,
        contact,
        s,
        tags,
        description,
        Optional.ofNullable(since),
        Optional.ofNullable(expires),
        notes);
  }

  private static PortRange range(String text) {
    try {
      return PortRange.parse(text.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("--ports: " + e.getMessage(), e);
    }
  }
}
