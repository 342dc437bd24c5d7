package org.portreg.cli.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.portreg.cli.common.AtomicFile;
import org.portreg.cli.common.ExitCodes;
import org.portreg.cli.common.LocalOption;
import org.portreg.cli.common.StoreOption;
import org.portreg.local.LocalExports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code portreg local sysctl [--local FILE] [--out FILE]}: a {@code sysctl.d} fragment that
 * reserves every locally held port ({@code net.ipv4.ip_local_reserved_ports}).
 */
@Command(
    name = "sysctl",
    mixinStandardHelpOptions = true,
    description =
        "Print a sysctl.d fragment reserving the locally held ports from the kernel's ephemeral"
            + " range (net.ipv4.ip_local_reserved_ports).")
final class LocalSysctlCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;
  @Mixin private StoreOption db;

  @Mixin private LocalOption local;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write here (atomically) instead of standard output.")
  private Path out;

  @Override
  public Integer call() throws IOException {
    String fragment = LocalExports.sysctl(local.assignments(db::open));
    if (out != null) {
      AtomicFile.write(out, fragment.getBytes(StandardCharsets.UTF_8));
    } else {
      spec.commandLine().getOut().print(fragment);
      spec.commandLine().getOut().flush();
    }
    return ExitCodes.OK;
  }
}
