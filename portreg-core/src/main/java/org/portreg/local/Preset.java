package org.portreg.local;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.portreg.model.PortRange;
import org.portreg.model.Transport;

/**
 * The built-in policies: port ranges that operating systems, platforms and browsers take. Each
 * names its source; {@code docs/policy.md} cites them. {@code linux-live} reads the running
 * kernel's range through {@link LiveRange}.
 */
public enum Preset {
  /** The Linux kernel's default ephemeral range, {@code net.ipv4.ip_local_port_range}. */
  LINUX(
      "linux",
      32768,
      60999,
      "Linux ephemeral ports (net.ipv4.ip_local_port_range default): outgoing connections take"
          + " their local port from here",
      "https://docs.kernel.org/networking/ip-sysctl.html"),
  /** The running kernel's ephemeral range, read from {@code /proc}. */
  LINUX_LIVE(
      "linux-live",
      32768,
      60999,
      "Linux ephemeral ports of this machine (net.ipv4.ip_local_port_range)",
      LiveRange.FILE.toString()),
  /** Windows' dynamic port range since Vista and Server 2008. */
  WINDOWS(
      "windows",
      49152,
      65535,
      "Windows dynamic (ephemeral) ports",
      "https://learn.microsoft.com/en-us/troubleshoot/windows-server/networking/default-dynamic-port-range-tcpip-chang"),
  /** macOS' ephemeral range ({@code net.inet.ip.portrange.first..last}). */
  MACOS(
      "macos",
      49152,
      65535,
      "macOS ephemeral ports (net.inet.ip.portrange.first..last)",
      "https://github.com/apple-oss-distributions/xnu/blob/main/bsd/netinet/in.h"),
  /** Kubernetes' default Service NodePort range. */
  KUBERNETES_NODEPORT(
      "kubernetes-nodeport",
      30000,
      32767,
      "Kubernetes NodePort range (--service-node-port-range default)",
      "https://kubernetes.io/docs/concepts/services-networking/service/#type-nodeport"),
  /** Nomad's default dynamic port range. */
  NOMAD(
      "nomad",
      20000,
      32000,
      "Nomad dynamic ports (client min_dynamic_port..max_dynamic_port default)",
      "https://developer.hashicorp.com/nomad/docs/configuration/client#min_dynamic_port"),
  /** Consul's default sidecar proxy port range. */
  CONSUL(
      "consul",
      21000,
      21255,
      "Consul Connect sidecar proxy ports (ports.sidecar_min_port..sidecar_max_port default)",
      "https://developer.hashicorp.com/consul/docs/reference/agent/configuration-file/general#sidecar_min_port"),
  /** The ports browsers refuse to fetch from, one rule per port. */
  BROWSERS("browsers", 0, 0, "", BadPorts.SOURCE);

  private final String id;
  private final PortRange range;
  private final String reason;
  private final String source;

  Preset(String id, int first, int last, String reason, String source) {
    this.id = id;
    this.range = PortRange.of(first, last);
    this.reason = reason;
    this.source = source;
  }

  /** The name used in policy files and on the command line, such as {@code kubernetes-nodeport}. */
  public String id() {
    return id;
  }

  /** The reference the preset's ranges come from. */
  public String source() {
    return source;
  }

  /** The preset named {@code id}, case-insensitively. */
  public static Optional<Preset> parse(String id) {
    String key = id.strip().toLowerCase(Locale.ROOT);
    for (Preset p : values()) {
      if (p.id.equals(key)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /** Every preset name, comma-separated, for messages. */
  public static String names() {
    StringBuilder names = new StringBuilder();
    for (Preset p : values()) {
      names.append(names.length() == 0 ? "" : ", ").append(p.id);
    }
    return names.toString();
  }

  /**
   * The rules of this preset. {@code linux-live} reads {@code live}.
   *
   * @throws org.portreg.error.InvalidInputException when {@code linux-live} cannot read the range
   */
  public List<PolicyRule> rules(LiveRange live) {
    return switch (this) {
      case BROWSERS -> BadPorts.rules(id);
      case LINUX_LIVE -> List.of(rule(live.read()));
      default -> List.of(rule(range));
    };
  }

  private PolicyRule rule(PortRange ports) {
    return new PolicyRule(ports, Set.<Transport>of(), reason, Severity.CONFLICT, id, source);
  }
}
