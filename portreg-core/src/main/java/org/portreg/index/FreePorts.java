package org.portreg.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.portreg.model.PortRange;
import org.portreg.model.Transport;
import org.portreg.rules.PortSpace;

/**
 * Finds ports free for a new request: unassigned on every requested transport at once (RFC 6335
 * §8.1). Reserved, de-registered, removed and every other non-available kind are skipped; the
 * Dynamic range is never offered, nor is port 0 (reserved on every transport, even where sctp and
 * dccp have no record of it). Thread-safe, stateless.
 */
public final class FreePorts {
  private FreePorts() {}

  /** What the search for free ports asks of an index: is a port available on a transport. */
  public interface Availability {
    /** Whether {@code port} may be given to a new request on {@code transport} (RFC 6335 §8.1). */
    boolean isAvailable(int port, Transport transport);
  }

  /**
   * The first {@code count} free ports of {@code space}, lowest first, each as a single-port range;
   * or with {@code contiguous} the first block of {@code count} consecutive free ports as one
   * range.
   *
   * @return fewer than {@code count} ports (or no block) when the space has not enough
   * @throws IllegalArgumentException when {@code count} is below 1, no transport is given, or the
   *     space is the Dynamic range
   */
  public static List<PortRange> find(
      Availability index,
      Set<Transport> transports,
      int count,
      PortSpace space,
      boolean contiguous) {
    Objects.requireNonNull(index, "index");
    check(transports, count, space);
    return contiguous
        ? block(index, transports, count, space)
        : first(index, transports, count, space);
  }

  private static void check(Set<Transport> transports, int count, PortSpace space) {
    if (count < 1) {
      throw new IllegalArgumentException("count must be at least 1, was " + count);
    }
    if (transports.isEmpty()) {
      throw new IllegalArgumentException("at least one transport is required");
    }
    if (!space.isAssignable()) {
      throw new IllegalArgumentException(
          "range must be system or user: dynamic ports are never assigned");
    }
  }

  private static List<PortRange> first(
      Availability index, Set<Transport> transports, int count, PortSpace space) {
    List<PortRange> found = new ArrayList<>();
    for (int port = firstCandidate(space); port <= space.range().last(); port++) {
      if (isFree(index, transports, port)) {
        found.add(PortRange.of(port));
        if (found.size() == count) {
          break;
        }
      }
    }
    return found;
  }

  private static List<PortRange> block(
      Availability index, Set<Transport> transports, int count, PortSpace space) {
    int run = 0;
    for (int port = firstCandidate(space); port <= space.range().last(); port++) {
      run = isFree(index, transports, port) ? run + 1 : 0;
      if (run == count) {
        int start = port - count + 1;
        return List.of(count == 1 ? PortRange.of(start) : PortRange.of(start, port));
      }
    }
    return List.of();
  }

  private static int firstCandidate(PortSpace space) {
    return Math.max(1, space.range().first());
  }

  /** Whether {@code port} is available on every one of {@code transports}. */
  public static boolean isFree(Availability index, Set<Transport> transports, int port) {
    for (Transport t : transports) {
      if (!index.isAvailable(port, t)) {
        return false;
      }
    }
    return true;
  }
}
