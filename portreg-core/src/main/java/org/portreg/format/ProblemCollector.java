package org.portreg.format;

import java.util.ArrayList;
import java.util.List;
import org.portreg.error.Problem;
import org.portreg.error.RegistryFormatException;

/**
 * Collects the problems of one read: throws at the first one in strict mode, collects up to the cap
 * in lenient mode. Not thread-safe: one per read.
 */
public final class ProblemCollector {
  private final String source;
  private final ReadOptions options;
  private final List<Problem> problems = new ArrayList<>();

  /** A collector for the input named {@code source}. */
  public ProblemCollector(String source, ReadOptions options) {
    this.source = source;
    this.options = options;
  }

  /** The name of the input, as problems show it. */
  public String source() {
    return source;
  }

  /**
   * Reports a problem at {@code line}:{@code column}.
   *
   * @throws RegistryFormatException in strict mode, or when the lenient cap is reached
   */
  public void report(int line, int column, String message) {
    problems.add(new Problem(source, line, column, message));
    if (!options.lenient() || problems.size() >= options.maxProblems()) {
      throw new RegistryFormatException(problems, null);
    }
  }

  /** A fatal problem: always throws, with {@code cause}. */
  public RegistryFormatException fatal(int line, int column, String message, Throwable cause) {
    problems.add(new Problem(source, line, column, message));
    return new RegistryFormatException(problems, cause);
  }

  /** The problems so far. */
  public List<Problem> problems() {
    return List.copyOf(problems);
  }
}
