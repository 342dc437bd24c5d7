package org.portreg.cli.common;

import java.nio.file.Path;
import org.portreg.io.Registries;
import org.portreg.model.Registry;

/** Reads the argument as a registry file in any format {@link Registries#read} accepts. */
public final class FileRegistryArgument implements RegistryArgument {
  @Override
  public Registry resolve(String argument) {
    return InputLimit.read(Path.of(argument));
  }
}
