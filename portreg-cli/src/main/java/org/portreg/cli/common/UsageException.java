package org.portreg.cli.common;

import org.portreg.error.RegistryException;

/** The command line is wrong in a way picocli cannot see; exit code 2. */
public final class UsageException extends RegistryException {
  private static final long serialVersionUID = 1L;

  /** An exception whose message says what is wrong with the command line. */
  public UsageException(String message) {
    super(message);
  }
}
