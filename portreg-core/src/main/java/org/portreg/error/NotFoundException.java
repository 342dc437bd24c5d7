package org.portreg.error;

/** What was asked for does not exist: a service, a port, a version, a request. */
public class NotFoundException extends RegistryException {
  private static final long serialVersionUID = 1L;

  /** An exception with a message naming what was not found. */
  public NotFoundException(String message) {
    super(message);
  }
}
