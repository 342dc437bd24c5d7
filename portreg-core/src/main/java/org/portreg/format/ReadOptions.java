package org.portreg.format;

/**
 * How a reader treats bad input.
 *
 * @param lenient false: throw at the first problem; true: collect problems (up to {@code
 *     maxProblems}) and skip the bad fields
 * @param maxProblems how many problems a lenient read collects before it stops, at least 1
 */
public record ReadOptions(boolean lenient, int maxProblems) {
  /** Stop at the first problem. */
  public static final ReadOptions STRICT = new ReadOptions(false, 1);

  /** Collect up to 100 problems. */
  public static final ReadOptions LENIENT = new ReadOptions(true, 100);

  /** Validates the cap. */
  public ReadOptions {
    if (maxProblems < 1) {
      throw new IllegalArgumentException("maxProblems must be at least 1, was " + maxProblems);
    }
  }
}
