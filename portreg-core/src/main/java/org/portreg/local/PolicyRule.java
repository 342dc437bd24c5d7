package org.portreg.local;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.portreg.model.PortRange;
import org.portreg.model.Transport;

/**
 * One reserved range of the port-space policy.
 *
 * @param ports the reserved ports
 * @param transports the transports it applies to; empty means every transport
 * @param reason why the range is reserved, for people
 * @param severity whether using a port of it is a conflict or a warning
 * @param preset the preset the rule comes from, or {@code ""} for an organisation's own rule
 * @param source where the rule is written down: the preset's reference URL, or {@code
 *     FILE:LINE:COLUMN} of the policy file
 */
public record PolicyRule(
    PortRange ports,
    Set<Transport> transports,
    String reason,
    Severity severity,
    String preset,
    String source) {
  /** Copies the transports and checks no component is null. */
  public PolicyRule {
    Objects.requireNonNull(ports, "ports");
    transports = transports.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(transports));
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(preset, "preset");
    Objects.requireNonNull(source, "source");
  }

  /** Whether the rule covers {@code port} on {@code transport}. */
  public boolean covers(int port, Transport transport) {
    return ports.contains(port) && appliesTo(transport);
  }

  /** Whether the rule applies to {@code transport}. */
  public boolean appliesTo(Transport transport) {
    return transports.isEmpty() || transports.contains(transport);
  }

  /**
   * Where the rule comes from, for people: {@code preset kubernetes-nodeport (URL)} or the place.
   */
  public String origin() {
    return preset.isEmpty() ? source : "preset " + preset + " (" + source + ")";
  }

  /** {@code 30000-32767/tcp,udp} or {@code 30000-32767} for every transport. */
  public String portsText() {
    if (transports.isEmpty()) {
      return ports.toString();
    }
    StringBuilder text = new StringBuilder(ports.toString()).append('/');
    String sep = "";
    for (Transport t : Transport.values()) {
      if (transports.contains(t)) {
        text.append(sep).append(t.token());
        sep = ",";
      }
    }
    return text.toString();
  }
}
