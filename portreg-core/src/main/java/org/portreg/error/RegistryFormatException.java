package org.portreg.error;

import java.util.List;

/** Bad input: the message is {@code file:line:column: what is wrong}. */
public class RegistryFormatException extends RegistryException {
  private static final long serialVersionUID = 1L;

  /** The problems found; the first is the one in the message. */
  private final transient List<Problem> problems;

  /** An exception for one problem. */
  public RegistryFormatException(Problem problem) {
    this(List.of(problem), null);
  }

  /** An exception for one problem with the low-level cause. */
  public RegistryFormatException(Problem problem, Throwable cause) {
    this(List.of(problem), cause);
  }

  /** An exception for several problems; the message shows the first and how many follow. */
  public RegistryFormatException(List<Problem> problems, Throwable cause) {
    super(messageOf(problems), cause);
    this.problems = List.copyOf(problems);
  }

  private static String messageOf(List<Problem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a format exception needs at least one problem");
    }
    String first = problems.get(0).toString();
    return problems.size() == 1 ? first : first + " (and " + (problems.size() - 1) + " more)";
  }

  /** The problems, first one first. */
  public List<Problem> problems() {
    return problems;
  }

  /** The first problem. */
  public Problem problem() {
    return problems.get(0);
  }
}
