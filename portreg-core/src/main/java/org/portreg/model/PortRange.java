package org.portreg.model;

import java.util.Objects;

/**
 * A port number or an inclusive range of port numbers, as the registry's {@code <number>} holds it.
 *
 * @param first the first port, 0..65535
 * @param last the last port, {@code first}..65535
 * @param writtenAsRange whether the registry spells it {@code a-b} even when {@code first == last}
 *     (six degenerate ranges such as {@code 4748-4748} exist in the real data)
 */
public record PortRange(int first, int last, boolean writtenAsRange)
    implements Comparable<PortRange> {
  /** The highest port number. */
  public static final int MAX_PORT = 65535;

  /** Validates the bounds. */
  public PortRange {
    checkPort(first);
    checkPort(last);
    if (last < first) {
      throw new IllegalArgumentException(
          "port range must not end before it starts, was " + first + "-" + last);
    }
    writtenAsRange = writtenAsRange || first != last;
  }

  /** A single port. */
  public static PortRange of(int port) {
    return new PortRange(port, port, false);
  }

  /** The inclusive range {@code first..last}. */
  public static PortRange of(int first, int last) {
    return new PortRange(first, last, true);
  }

  /**
   * Parses {@code 80} or {@code 6000-6063}.
   *
   * @throws IllegalArgumentException naming the text when it is not a port or range
   */
  public static PortRange parse(String text) {
    int dash = text.indexOf('-');
    if (dash < 0) {
      return of(parsePort(text, text));
    }
    return of(parsePort(text.substring(0, dash), text), parsePort(text.substring(dash + 1), text));
  }

  private static int parsePort(String digits, String whole) {
    if (digits.isEmpty() || digits.length() > 5 || !digits.chars().allMatch(Character::isDigit)) {
      throw new IllegalArgumentException(
          "port must be a number or a range a-b, was '" + whole + "'");
    }
    return Integer.parseInt(digits);
  }

  private static void checkPort(int port) {
    if (port < 0 || port > MAX_PORT) {
      throw new IllegalArgumentException("port must be in 0..65535, was " + port);
    }
  }

  /** Whether this is one port written as one number. */
  public boolean isSingle() {
    return !writtenAsRange;
  }

  /** How many ports the range covers. */
  public int size() {
    return last - first + 1;
  }

  /** Whether {@code port} lies within the range. */
  public boolean contains(int port) {
    return first <= port && port <= last;
  }

  /** Whether the two ranges share at least one port. */
  public boolean overlaps(PortRange other) {
    return first <= other.last && other.first <= last;
  }

  @Override
  public int compareTo(PortRange other) {
    int byFirst = Integer.compare(first, other.first);
    return byFirst != 0 ? byFirst : Integer.compare(last, other.last);
  }

  /** The registry's spelling: {@code 80} or {@code 6000-6063}. */
  @Override
  public String toString() {
    return writtenAsRange ? first + "-" + last : Integer.toString(first);
  }

  /**
   * Component by component, as a record's own equals; spelled out because the generated one sets up
   * method handles on its first call, which a cold command pays for.
   */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    return other instanceof PortRange o
        && first == o.first
        && last == o.last
        && writtenAsRange == o.writtenAsRange;
  }

  /** Combines the components' hash codes, as {@link #equals} compares them. */
  @Override
  public int hashCode() {
    return Objects.hash(first, last, writtenAsRange);
  }
}
