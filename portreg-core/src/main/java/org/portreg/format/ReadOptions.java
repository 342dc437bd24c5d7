package org.portreg.format;

/**
 * How a reader treats bad input.
 *
 * @param lenient false: throw at the first problem; true: collect problems (up to {@code
 *     maxProblems}) and skip the bad fields
 * @param maxProblems how many problems a lenient read collects before it stops, at least 1
 * @param maxInputBytes the most bytes of (decompressed) input a read accepts, from 1 to just under
 *     2 GiB; more is refused while reading, so that a small gzip bomb cannot exhaust memory
 */
public record ReadOptions(boolean lenient, int maxProblems, long maxInputBytes) {
  /** The default limit on decompressed input: 64 MiB, about 14 times the largest real registry. */
  public static final long DEFAULT_MAX_INPUT_BYTES = 64L << 20;

  /**
   * The most characters one field of a registry may hold in XML, CSV and JSON: 64 Ki, about 40
   * times the longest field of the real registry (a note of 1,550 characters). Readers check it
   * while reading, so a junk field of many megabytes is refused before it is held; it is a fatal
   * problem even in a lenient read.
   */
  public static final int MAX_FIELD_CHARS = 64 << 10;

  /** The problem of {@code subject} (a field, an element's text) past {@link #MAX_FIELD_CHARS}. */
  public static String fieldTooLong(String subject) {
    return subject
        + " is longer than "
        + MAX_FIELD_CHARS
        + " characters, the most one field may hold";
  }

  /** Stop at the first problem. */
  public static final ReadOptions STRICT = new ReadOptions(false, 1);

  /** Collect up to 100 problems. */
  public static final ReadOptions LENIENT = new ReadOptions(true, 100);

  /** Validates the cap and the limit. */
  public ReadOptions {
    if (maxProblems < 1) {
      throw new IllegalArgumentException("maxProblems must be at least 1, was " + maxProblems);
    }
    if (maxInputBytes < 1 || maxInputBytes > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException(
          "maxInputBytes must be in 1.." + (Integer.MAX_VALUE - 8) + ", was " + maxInputBytes);
    }
  }

  /** Options with the default input limit ({@link #DEFAULT_MAX_INPUT_BYTES}). */
  public ReadOptions(boolean lenient, int maxProblems) {
    this(lenient, maxProblems, DEFAULT_MAX_INPUT_BYTES);
  }

  /** The same options with another limit on decompressed input, in bytes. */
  public ReadOptions withMaxInputBytes(long bytes) {
    return new ReadOptions(lenient, maxProblems, bytes);
  }
}
