package org.portreg.lint.manifest;

import java.util.Optional;
import org.portreg.lint.manifest.YamlNode.Entry;
import org.portreg.lint.manifest.YamlNode.Mapping;
import org.portreg.lint.manifest.YamlNode.Scalar;
import org.portreg.model.Transport;

/**
 * Finds the ports of a Docker Compose file: {@code services.*.ports} in short syntax ({@code
 * [HOST:]CONTAINER[/PROTOCOL]}, with an optional IP and ranges) and long syntax ({@code target},
 * {@code published}, {@code protocol}, {@code name}, {@code app_protocol}), and {@code
 * services.*.expose}. Stateless.
 */
final class ComposePorts {
  private ComposePorts() {}

  /** Whether {@code document} looks like a Compose file: a {@code services} mapping, no kind. */
  static boolean isCompose(Mapping document) {
    return document.mapping("services").isPresent() && document.get("kind").isEmpty();
  }

  /** The ports of every service of {@code document}. */
  static void collect(Mapping document, ManifestFindings into) {
    for (Entry service : document.mapping("services").orElseThrow().entries()) {
      if (service.value() instanceof Mapping s) {
        for (YamlNode port : s.items("ports")) {
          port(port, into);
        }
        for (YamlNode expose : s.items("expose")) {
          if (expose instanceof Scalar e) {
            shortPort("expose", e, e.text(), into);
          }
        }
      }
    }
  }

  private static void port(YamlNode port, ManifestFindings into) {
    if (port instanceof Scalar s) {
      shortSyntax(s, into);
    } else if (port instanceof Mapping m) {
      longSyntax(m, into);
    }
  }

  private static void shortSyntax(Scalar value, ManifestFindings into) {
    String text = value.text().strip();
    int colon = text.lastIndexOf(':');
    String container = text.substring(colon + 1);
    shortPort("port", value, container, into);
    if (colon > 0) {
      String head = text.substring(0, colon);
      String host = head.substring(head.lastIndexOf(':') + 1);
      if (!host.isEmpty() && !host.endsWith("]")) {
        shortPort("published", value, host + transportSuffix(container), into);
      }
    }
  }

  private static String transportSuffix(String port) {
    int slash = port.indexOf('/');
    return slash < 0 ? "" : port.substring(slash);
  }

  /** A port, range or {@code PORT/PROTOCOL} of the short syntax; each end of a range checked. */
  private static void shortPort(String field, Scalar value, String text, ManifestFindings into) {
    int slash = text.indexOf('/');
    Transport transport = PortUse.transport(slash < 0 ? "" : text.substring(slash + 1));
    String ports = slash < 0 ? text : text.substring(0, slash);
    int dash = ports.indexOf('-');
    into.checkPort(
        PortUse.of(field, value, dash < 0 ? ports : ports.substring(0, dash), transport, none()));
    if (dash >= 0) {
      into.checkPort(PortUse.of(field, value, ports.substring(dash + 1), transport, none()));
    }
  }

  private static void longSyntax(Mapping port, ManifestFindings into) {
    Optional<Scalar> appProtocol = port.scalar("app_protocol");
    appProtocol.ifPresent(into::checkAppProtocol);
    Optional<String> service =
        ManifestFindings.serviceName(appProtocol)
            .or(() -> ManifestFindings.serviceName(port.scalar("name")));
    Transport transport = PortUse.transport(port.scalar("protocol").map(Scalar::text).orElse(""));
    port.scalar("target")
        .ifPresent(v -> into.checkPort(PortUse.of("target", v, v.text(), transport, service)));
    port.scalar("published")
        .ifPresent(v -> shortPort("published", v, v.text() + "/" + transport.token(), into));
  }

  private static Optional<String> none() {
    return Optional.empty();
  }
}
