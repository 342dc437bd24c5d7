package org.portreg.cli.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.portreg.cli.common.AtomicFile;
import org.portreg.cli.common.ExitCodes;
import org.portreg.cli.common.StoreOption;
import org.portreg.local.AssignmentReader;
import org.portreg.local.LocalAssignment;
import org.portreg.local.LocalExports;
import org.portreg.store.Store;
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

  @Option(
      names = "--local",
      paramLabel = "FILE",
      description = "Local assignments from a CSV, JSON or YAML file instead of the database.")
  private Path localFile;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write here (atomically) instead of standard output.")
  private Path out;

  @Override
  public Integer call() throws IOException {
    String fragment = LocalExports.sysctl(entries());
    if (out != null) {
      AtomicFile.write(out, fragment.getBytes(StandardCharsets.UTF_8));
    } else {
      spec.commandLine().getOut().print(fragment);
      spec.commandLine().getOut().flush();
    }
    return ExitCodes.OK;
  }

  private List<LocalAssignment> entries() {
    if (localFile != null) {
      return AssignmentReader.read(localFile);
    }
    try (Store store = db.open()) {
      return store.local().current();
    }
  }
}
