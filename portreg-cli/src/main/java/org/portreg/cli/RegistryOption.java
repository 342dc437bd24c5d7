package org.portreg.cli;

import java.nio.file.Path;
import org.portreg.format.Registries;
import org.portreg.index.RegistryIndex;
import org.portreg.model.Registry;
import picocli.CommandLine.Option;

/**
 * {@code --registry FILE}: the one place that decides which registry a command reads. Without the
 * option, the file named by {@code PORTREG_REGISTRY}; the default database takes this place once
 * the store exists.
 */
final class RegistryOption {
  /** The environment variable naming the registry file when {@code --registry} is absent. */
  static final String ENV = "PORTREG_REGISTRY";

  @Option(
      names = "--registry",
      paramLabel = "FILE",
      description = "Registry file in any format portreg reads (.xml, .xml.gz, ...).")
  private Path file;

  /**
   * The registry file to read.
   *
   * @throws UsageException when neither the option nor {@code PORTREG_REGISTRY} names one
   */
  Path resolve() {
    return resolve(file, System.getenv(ENV));
  }

  static Path resolve(Path option, String env) {
    if (option != null) {
      return option;
    }
    if (env != null && !env.isBlank()) {
      return Path.of(env);
    }
    throw new UsageException(
        "no registry given: use --registry FILE or set "
            + ENV
            + "=FILE (there is no default database yet)");
  }

  Registry read() {
    return Registries.read(resolve());
  }

  RegistryIndex index() {
    return RegistryIndex.of(read());
  }
}
