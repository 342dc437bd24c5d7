package org.portreg.cli.common;

import org.portreg.model.Registry;

/**
 * Turns a command-line argument that names a registry version into that version: a file today; a
 * date resolved from the store later. Implementations throw the library's exceptions (bad data,
 * I/O, not found) for the command line to map to exit codes.
 */
@FunctionalInterface
public interface RegistryArgument {
  /**
   * The registry version {@code argument} names.
   *
   * @param argument the argument as typed, not null
   * @throws org.portreg.error.RegistryFormatException when the version's data is bad (exit 65)
   * @throws java.io.UncheckedIOException when it cannot be read (exit 74)
   */
  Registry resolve(String argument);
}
