package org.portreg.error;

/**
 * A state change that the rules do not allow from the current state: {@code ASSIGN is not allowed
 * in state CHECKED}, a revocation before its comment period ends. Unlike {@link ConflictException}
 * (someone else holds the name or port), retrying the same action cannot succeed until the state
 * moves. Adapters answer it as HTTP 409 ({@code refused-state-change}) and CLI exit 3.
 */
public class StateChangeRefusedException extends RegistryException {
  private static final long serialVersionUID = 1L;

  /** An exception with a message naming the action, the state and why it is refused. */
  public StateChangeRefusedException(String message) {
    super(message);
  }
}
