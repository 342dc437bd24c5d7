package org.portreg.cli.registry;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.portreg.cli.common.FormatOption;
import org.portreg.cli.common.IndexCache;
import org.portreg.cli.common.OutputFormat;
import org.portreg.cli.common.RegistryOption;
import org.portreg.cli.common.Terminal;
import org.portreg.cli.common.TerminalWidth;
import org.portreg.index.RegistryIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code portreg lookup 443 | 443/tcp | https [--registry FILE] [--format table|json|csv]}. */
@Command(
    name = "lookup",
    mixinStandardHelpOptions = true,
    description = {
      "Show the records of a port, a port/transport or a service name.",
      "From the database, the local assignments on those ports or of that name follow, marked as"
          + " local (see docs/local.md)."
    })
public final class LookupCommand implements Callable<Integer> {
  @ParentCommand private Terminal main;
  @Mixin private RegistryOption registry;

  @Parameters(
      index = "0",
      paramLabel = "PORT[/TRANSPORT]|LOW-HIGH[/TRANSPORT]|NAME",
      description =
          "What to look up: a port, a range of ports (every record on any of them), or a service"
              + " name.")
  private String what;

  @Mixin
  private FormatOption format =
      new FormatOption(
          "table (default), json or csv.", OutputFormat.TABLE, OutputFormat.JSON, OutputFormat.CSV);

  @Override
  public Integer call() throws IOException {
    PrintStream out = new PrintStream(main.out(), true, StandardCharsets.UTF_8);
    Lookup lookup = new Lookup(out, main.err());
    OutputFormat output = format.get();
    int width = output == OutputFormat.TABLE ? TerminalWidth.get() : TerminalWidth.UNLIMITED;
    Optional<Path> file = registry.file();
    int code;
    if (file.isPresent()) {
      code = lookup.run(what, file.get(), IndexCache.dir(), output, width);
    } else {
      RegistryIndex index = registry.index();
      code = lookup.run(what, index, registry.overlay().entries(), output, width);
    }
    out.flush();
    return code;
  }
}
