package org.portreg.error;

/**
 * What a user typed or sent is not acceptable: a query, a command-line argument, a date, a form or
 * API field. The message says what is wrong in the user's terms and never names our internals.
 * Adapters answer it as HTTP 400 ({@code bad-request}) and CLI exit 2 (usage).
 *
 * <p>A bare {@link IllegalArgumentException} or {@link IllegalStateException} is never this: it is
 * a broken invariant, a bug, answered as an internal error.
 */
public class InvalidInputException extends RegistryException {
  private static final long serialVersionUID = 1L;

  /** An exception with a message naming the input and what is wrong with it. */
  public InvalidInputException(String message) {
    super(message);
  }

  /** The same, keeping the low-level cause for the log (its message is not shown). */
  public InvalidInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
