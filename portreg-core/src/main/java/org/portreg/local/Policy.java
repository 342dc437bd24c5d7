package org.portreg.local;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.portreg.model.PortRange;
import org.portreg.model.Transport;

/**
 * The port-space policy in force: reserved ranges with reasons, from presets and from an
 * organisation's own file, in the order they were declared. Immutable and thread-safe.
 *
 * @param rules the rules, presets first in the order named, then the file's own ranges
 */
public record Policy(List<PolicyRule> rules) {
  /** Copies the rules. */
  public Policy {
    rules = List.copyOf(rules);
  }

  /** The empty policy: nothing reserved. */
  public static Policy none() {
    return new Policy(List.of());
  }

  /**
   * The policy of {@code presets}, in order.
   *
   * @throws org.portreg.error.InvalidInputException when {@code linux-live} cannot read its range
   */
  public static Policy of(List<Preset> presets, LiveRange live) {
    List<PolicyRule> rules = new ArrayList<>();
    for (Preset p : presets) {
      rules.addAll(p.rules(live));
    }
    return new Policy(rules);
  }

  /** This policy followed by {@code other}'s rules. */
  public Policy plus(Policy other) {
    List<PolicyRule> all = new ArrayList<>(rules);
    all.addAll(other.rules);
    return new Policy(all);
  }

  /** Whether the policy reserves nothing. */
  public boolean isEmpty() {
    return rules.isEmpty();
  }

  /** The rules covering {@code port} on {@code transport}, in declaration order. */
  public List<PolicyRule> rulesAt(int port, Transport transport) {
    List<PolicyRule> found = new ArrayList<>();
    for (PolicyRule r : rules) {
      if (r.covers(port, transport)) {
        found.add(r);
      }
    }
    return found;
  }

  /** The rules sharing a port of {@code ports} on one of {@code transports}. */
  public List<PolicyRule> overlapping(PortRange ports, Set<Transport> transports) {
    List<PolicyRule> found = new ArrayList<>();
    for (PolicyRule r : rules) {
      if (r.ports().overlaps(ports) && transports.stream().anyMatch(r::appliesTo)) {
        found.add(r);
      }
    }
    return found;
  }

  /** Whether any rule covers {@code port} on any of {@code transports}. */
  public boolean reserves(int port, Set<Transport> transports) {
    for (PolicyRule r : rules) {
      if (r.ports().contains(port) && transports.stream().anyMatch(r::appliesTo)) {
        return true;
      }
    }
    return false;
  }
}
