package org.portreg.error;

/** The unchecked root of every portreg exception. */
public class RegistryException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** An exception with a message. */
  public RegistryException(String message) {
    super(message);
  }

  /** An exception with a message and a cause. */
  public RegistryException(String message, Throwable cause) {
    super(message, cause);
  }
}
