package org.portreg.cli.registry;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.portreg.cli.common.AtomicFile;
import org.portreg.cli.common.ExitCodes;
import org.portreg.cli.common.RegistryOption;
import org.portreg.cli.common.UsageException;
import org.portreg.index.RegistryIndex;
import org.portreg.map.PortMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code portreg map --out FILE.svg|FILE.png [--registry FILE]}. */
@Command(
    name = "map",
    mixinStandardHelpOptions = true,
    description = "Draw the port space per transport (assigned, reserved, unassigned, dynamic).")
public final class MapCommand implements Callable<Integer> {
  @Mixin private RegistryOption registry;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE",
      description = "Output file; .svg or .png decides the format.")
  private Path out;

  @Override
  public Integer call() {
    String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
    if (!name.endsWith(".svg") && !name.endsWith(".png")) {
      throw new UsageException("map: --out must end in .svg or .png, was '" + out + "'");
    }
    RegistryIndex index = registry.index();
    byte[] bytes = name.endsWith(".svg") ? PortMap.svg(index) : PortMap.png(index);
    AtomicFile.write(out, bytes);
    return ExitCodes.OK;
  }
}
