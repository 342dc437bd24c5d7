package org.portreg.error;

/**
 * The actor may not do what was asked: the action needs another role, an expert acts outside their
 * transports, or a user acts on someone else's request. HTTP maps it to 403.
 */
public class PermissionDeniedException extends RegistryException {
  private static final long serialVersionUID = 1L;

  /** An exception with a message naming the action and the missing permission. */
  public PermissionDeniedException(String message) {
    super(message);
  }
}
