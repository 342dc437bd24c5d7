package org.portreg.local;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.portreg.error.InvalidInputException;
import org.portreg.index.FreePorts;
import org.portreg.model.PortRange;
import org.portreg.model.Transport;
import org.portreg.rules.PortSpace;

/**
 * {@code free} beside the overlay: ports unassigned at IANA on every requested transport at once
 * (as {@link FreePorts} finds them), and besides not reserved by the policy nor held by a local
 * assignment on any of those transports. Immutable and thread-safe.
 */
public final class FreeWithPolicy {
  private final FreePorts.Availability index;
  private final Policy policy;
  private final List<LocalAssignment> local;

  /**
   * Free ports of {@code index} (a {@code RegistryIndex} or a {@code CompactIndex}) that also avoid
   * {@code policy} and {@code local}.
   */
  public FreeWithPolicy(FreePorts.Availability index, Policy policy, List<LocalAssignment> local) {
    this.index = Objects.requireNonNull(index, "index");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.local = List.copyOf(local);
  }

  /**
   * The first {@code count} such ports of {@code space}, lowest first.
   *
   * @throws InvalidInputException when {@code count} is below 1, no transport is given, or the
   *     space is the Dynamic range
   */
  public List<PortRange> find(Set<Transport> transports, int count, PortSpace space) {
    if (count < 1 || transports.isEmpty() || !space.isAssignable()) {
      throw new InvalidInputException(
          "free needs a count of at least 1, a transport, and the system or user range");
    }
    List<PortRange> found = new ArrayList<>();
    for (int port = Math.max(1, space.range().first()); port <= space.range().last(); port++) {
      if (isFree(port, transports)) {
        found.add(PortRange.of(port));
        if (found.size() == count) {
          break;
        }
      }
    }
    return found;
  }

  /** Whether {@code port} is free at IANA, outside the policy and held by no local assignment. */
  public boolean isFree(int port, Set<Transport> transports) {
    if (!FreePorts.isFree(index, transports, port) || policy.reserves(port, transports)) {
      return false;
    }
    for (LocalAssignment a : local) {
      for (Transport t : transports) {
        if (a.holds(port, t)) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * What was skipped below {@code upTo} because of the policy or the overlay (not IANA), one line
   * each: {@code 1719: a bad port of the Fetch Standard ...; preset browsers (URL)}.
   */
  public List<String> skipped(Set<Transport> transports, PortSpace space, int upTo) {
    PortRange scanned = PortRange.of(Math.max(1, space.range().first()), Math.max(1, upTo));
    List<String> lines = new ArrayList<>();
    for (PolicyRule r : policy.overlapping(scanned, transports)) {
      lines.add(r.portsText() + ": " + r.reason() + "; " + r.origin());
    }
    for (LocalAssignment a : local) {
      if (a.ports().isPresent()
          && a.ports().get().overlaps(scanned)
          && transports.stream().anyMatch(a.transports()::contains)) {
        lines.add(
            a.portsText()
                + ": held by local assignment "
                + a.name()
                + " (owner "
                + a.owner()
                + ")");
      }
    }
    return lines;
  }
}
