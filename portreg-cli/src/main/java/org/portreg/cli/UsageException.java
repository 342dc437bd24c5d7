package org.portreg.cli;

import org.portreg.error.RegistryException;

/** The command line is wrong in a way picocli cannot see; exit code 2. */
final class UsageException extends RegistryException {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
