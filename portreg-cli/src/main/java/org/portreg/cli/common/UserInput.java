package org.portreg.cli.common;

import java.util.function.Supplier;
import org.portreg.error.InvalidInputException;

/**
 * Where the command line hands what the user typed to the library. Parsers and value types there
 * still answer bad input with {@link IllegalArgumentException}, which the command line otherwise
 * treats as a bug (exit 1); at these points it is the user's input at fault (exit 2).
 */
public final class UserInput {
  private UserInput() {}

  /**
   * The value {@code step} makes of the user's input.
   *
   * @throws InvalidInputException with the library's message when the input is rejected
   */
  public static <T> T check(Supplier<T> step) {
    try {
      return step.get();
    } catch (IllegalArgumentException e) {
      throw rejected(e);
    }
  }

  /**
   * What {@link #check} throws when the library rejected the input with {@code e}: for the cold
   * paths, which catch it themselves rather than link a lambda.
   */
  public static InvalidInputException rejected(IllegalArgumentException e) {
    return new InvalidInputException(e.getMessage(), e);
  }
}
