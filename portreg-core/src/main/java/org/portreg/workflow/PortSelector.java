package org.portreg.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.portreg.model.Registry;
import org.portreg.model.Transport;
import org.portreg.rules.PortSpace;

/**
 * Chooses ports for "any System port" and "any User port" requests. Policy: the lowest port of the
 * space that is free on every requested transport at once. Free means no record covers it, or only
 * Unassigned ones do; Reserved, De-registered and every other non-available status count as taken.
 * Thread-safe, stateless.
 */
public final class PortSelector {
  private PortSelector() {}

  /**
   * The lowest port of {@code space} free on all {@code transports}, or empty when there is none.
   *
   * @throws IllegalArgumentException when no transport is given or the space is Dynamic
   */
  public static Optional<Integer> selectPort(
      Registry registry, Set<Transport> transports, PortSpace space) {
    return freePorts(registry, transports, space, 1).stream().findFirst();
  }

  /**
   * Up to {@code count} free ports of {@code space}, lowest first, each free on all {@code
   * transports}.
   *
   * @throws IllegalArgumentException when no transport is given, the space is Dynamic or the count
   *     is negative
   */
  public static List<Integer> freePorts(
      Registry registry, Set<Transport> transports, PortSpace space, int count) {
    check(transports, space, count);
    RegistryView view = RegistryView.of(registry);
    List<Integer> ports = new ArrayList<>();
    int from = space.range().first();
    while (ports.size() < count) {
      Optional<Integer> next = view.firstFree(space.range(), transports, from);
      if (next.isEmpty()) {
        break;
      }
      ports.add(next.get());
      from = next.get() + 1;
    }
    return ports;
  }

  private static void check(Set<Transport> transports, PortSpace space, int count) {
    if (transports.isEmpty()) {
      throw new IllegalArgumentException("a port is chosen for at least one transport, was none");
    }
    if (!space.isAssignable()) {
      throw new IllegalArgumentException("Dynamic ports (49152-65535) are never assigned");
    }
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative, was " + count);
    }
  }
}
