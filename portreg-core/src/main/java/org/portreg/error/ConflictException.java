package org.portreg.error;

/** The request conflicts with the registry's state: a name or port already taken, a stale edit. */
public class ConflictException extends RegistryException {
  private static final long serialVersionUID = 1L;

  /** An exception with a message naming the conflict. */
  public ConflictException(String message) {
    super(message);
  }
}
