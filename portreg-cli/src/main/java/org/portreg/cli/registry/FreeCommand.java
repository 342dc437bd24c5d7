package org.portreg.cli.registry;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.portreg.cli.common.ExitCodes;
import org.portreg.cli.common.FormatOption;
import org.portreg.cli.common.OutputFormat;
import org.portreg.cli.common.PolicyOption;
import org.portreg.cli.common.RegistryOption;
import org.portreg.cli.common.Terminal;
import org.portreg.cli.common.TransportList;
import org.portreg.cli.common.UsageException;
import org.portreg.cli.common.UserInput;
import org.portreg.index.FreePorts;
import org.portreg.index.RegistryIndex;
import org.portreg.local.AssignmentReader;
import org.portreg.local.FreeWithPolicy;
import org.portreg.local.LocalAssignment;
import org.portreg.local.Policy;
import org.portreg.model.PortRange;
import org.portreg.model.Transport;
import org.portreg.rules.PortSpace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code portreg free --transport tcp,udp --count 4 [--contiguous] [--range user|system]}. */
@Command(
    name = "free",
    mixinStandardHelpOptions = true,
    description = "List unassigned ports, free on every given transport at once.")
public final class FreeCommand implements Callable<Integer> {
  @ParentCommand private Terminal main;
  @Mixin private RegistryOption registry;
  // Issue 16: the policy (--policy, --preset) and the local assignments of the database.
  @Mixin private PolicyOption policy;

  @Option(names = "--no-local", description = "Ignore the local assignments of the database.")
  private boolean noLocal;

  @Option(names = "--local", paramLabel = "FILE", description = "Local assignments from a file.")
  private java.nio.file.Path localFile;

  @Option(
      names = "--transport",
      split = ",",
      paramLabel = "T",
      defaultValue = "tcp,udp",
      description = "Transports the ports must be free on (default tcp,udp).")
  private List<String> transports;

  @Option(names = "--count", paramLabel = "N", defaultValue = "1", description = "How many ports.")
  private int count;

  @Option(names = "--contiguous", description = "One block of N consecutive ports.")
  private boolean contiguous;

  @Option(
      names = "--range",
      paramLabel = "RANGE",
      defaultValue = "user",
      description = "user (1024-49151, default) or system (0-1023).")
  private String range;

  @Mixin
  private FormatOption format =
      new FormatOption(
          "table (default), json or csv.", OutputFormat.TABLE, OutputFormat.JSON, OutputFormat.CSV);

  @Override
  public Integer call() {
    OutputFormat output = format.get();
    List<PortRange> ports = UserInput.check(this::find);
    PrintStream out = new PrintStream(main.out(), false, StandardCharsets.UTF_8);
    return printed(out, main.err(), output, ports, count);
  }

  /** Prints the ports and returns the exit code: 1 when fewer than {@code count} were found. */
  static int printed(
      PrintStream out, PrintStream err, OutputFormat output, List<PortRange> ports, int count) {
    int found = 0;
    for (PortRange p : ports) {
      found += p.size();
    }
    print(out, output, ports);
    out.flush();
    if (found < count) {
      err.println("portreg: only " + found + " of " + count + " requested ports are free");
      return ExitCodes.INTERNAL;
    }
    return ExitCodes.OK;
  }

  private List<PortRange> find() {
    RegistryIndex index = registry.index();
    Query query = new Query(parseTransports(), count, space(), contiguous);
    return find(index, policy.read(), overlay(), query, main.err());
  }

  /**
   * What {@code free} is asked for: transports, how many ports, where, and whether in one block.
   */
  record Query(Set<Transport> transports, int count, PortSpace space, boolean contiguous) {}

  /**
   * The ports {@code query} asks for, as the full and the cold path find them. Issue 16: without a
   * policy or overlay exactly as before; else avoiding them, saying on {@code err} what was
   * skipped. A contiguous block is IANA's alone.
   */
  static List<PortRange> find(
      FreePorts.Availability index,
      Policy rules,
      List<LocalAssignment> local,
      Query query,
      PrintStream err) {
    if ((rules.isEmpty() && local.isEmpty()) || query.contiguous()) {
      return FreePorts.find(
          index, query.transports(), query.count(), query.space(), query.contiguous());
    }
    FreeWithPolicy free = new FreeWithPolicy(index, rules, local);
    List<PortRange> ports = free.find(query.transports(), query.count(), query.space());
    int last = ports.isEmpty() ? query.space().range().last() : ports.get(ports.size() - 1).last();
    for (String line : free.skipped(query.transports(), query.space(), last)) {
      err.println("skipped " + line);
    }
    return ports;
  }

  /**
   * The local assignments: from --local, else those of the database the registry comes from (read
   * with it by {@link #find()}); none with {@code --no-local} or a registry file.
   */
  private List<LocalAssignment> overlay() {
    if (localFile != null) {
      return AssignmentReader.read(localFile);
    }
    if (noLocal || registry.file().isPresent()) {
      return List.of();
    }
    return registry.overlay().entries();
  }

  static void print(PrintStream out, OutputFormat output, List<PortRange> ports) {
    switch (output) {
      case JSON ->
          out.println(
              ports.stream()
                  .map(p -> p.isSingle() ? p.toString() : "\"" + p + "\"")
                  .toList()
                  .toString()
                  .replace(" ", ""));
      case CSV -> {
        out.print("Port Number\r\n");
        for (PortRange p : ports) {
          out.print(p + "\r\n");
        }
      }
      default -> {
        for (PortRange p : ports) {
          out.println(p);
        }
      }
    }
  }

  private Set<Transport> parseTransports() {
    return parseTransports(transports);
  }

  /** The transports of {@code --transport}. */
  static Set<Transport> parseTransports(List<String> transports) {
    return TransportList.parse(transports);
  }

  private PortSpace space() {
    return space(range);
  }

  /** The port space of {@code --range}. */
  static PortSpace space(String range) {
    return switch (range.toLowerCase(Locale.ROOT)) {
      case "user" -> PortSpace.USER;
      case "system" -> PortSpace.SYSTEM;
      default -> throw new UsageException("--range must be user or system, was '" + range + "'");
    };
  }
}
