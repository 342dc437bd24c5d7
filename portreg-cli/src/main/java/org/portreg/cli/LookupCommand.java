package org.portreg.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code portreg lookup 443 | 443/tcp | https [--registry FILE] [--format table|json|csv]}. */
@Command(
    name = "lookup",
    mixinStandardHelpOptions = true,
    description = "Show the records of a port, a port/transport or a service name.")
final class LookupCommand implements Callable<Integer> {
  @ParentCommand private Main main;
  @Mixin private RegistryOption registry;

  @Parameters(index = "0", paramLabel = "PORT[/TRANSPORT]|NAME", description = "What to look up.")
  private String what;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "table (default), json or csv.",
      defaultValue = "table")
  private String format;

  @Override
  public Integer call() throws IOException {
    PrintStream out = new PrintStream(main.out(), true, StandardCharsets.UTF_8);
    Lookup lookup = new Lookup(out, main.err());
    OutputFormat output = OutputFormat.parse(format);
    int width = RowOutput.terminalWidth(System.getenv("COLUMNS"));
    Optional<Path> file = registry.file();
    int code =
        file.isPresent()
            ? lookup.run(what, file.get(), IndexCache.dir(), output, width)
            : lookup.run(what, registry.read(), output, width);
    out.flush();
    return code;
  }
}
