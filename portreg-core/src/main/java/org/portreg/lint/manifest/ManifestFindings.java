package org.portreg.lint.manifest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.portreg.lint.Finding;
import org.portreg.lint.LintRule;
import org.portreg.lint.Position;
import org.portreg.lint.manifest.YamlNode.Scalar;
import org.portreg.rules.PortSpace;
import org.portreg.rules.ServiceNames;

/** Applies the manifest rules to the names and ports the readers find. Not thread-safe. */
final class ManifestFindings {
  private final String file;
  private final ManifestOptions options;
  private final ServiceNameSuggestions suggestions;
  private final List<Finding> findings = new ArrayList<>();

  ManifestFindings(String file, ManifestOptions options, ServiceNameSuggestions suggestions) {
    this.file = file;
    this.options = options;
    this.suggestions = suggestions;
  }

  List<Finding> findings() {
    return findings;
  }

  private void add(LintRule rule, Scalar at, String message) {
    findings.add(new Finding(rule, new Position(file, at.line(), at.column()), message));
  }

  /** The text of {@code value} when it is a well-formed service name without domain prefix. */
  static Optional<String> serviceName(Optional<Scalar> value) {
    return value.map(Scalar::text).filter(ServiceNames::isValid);
  }

  /** A port name (or a targetPort that names one) must follow RFC 6335 §5.1. */
  void checkPortName(Scalar name) {
    ServiceNames.violation(name.text())
        .ifPresent(
            v ->
                add(
                    LintRule.PORT_NAME,
                    name,
                    "port name: "
                        + v
                        + "; Kubernetes requires that syntax"
                        + ServiceNameSuggestions.renaming(name.text())));
  }

  /** An appProtocol must be an IANA service name or carry a domain prefix. */
  void checkAppProtocol(Scalar value) {
    String text = value.text();
    if (text.contains("/") || options.registry().isEmpty()) {
      return;
    }
    Optional<ManifestRegistry.Resolved> match = options.registry().get().resolve(text);
    if (match.isPresent() && !match.get().fromHistoric()) {
      return;
    }
    String advice =
        match
            .map(m -> "; '" + text + "' is a historic alias of '" + m.name() + "': use that")
            .orElseGet(() -> suggestions.suggestion(text));
    add(
        LintRule.APP_PROTOCOL,
        value,
        "appProtocol '"
            + text
            + "' is neither an IANA service name nor domain-prefixed (example.com/proto)"
            + advice);
  }

  /** A port must be a number, outside the Dynamic range, inside the NodePort range for nodePort. */
  void checkPort(PortUse use) {
    if (use.number() < 0) {
      add(
          LintRule.PORT_VALUE,
          use.value(),
          use.field() + " '" + use.value().text() + "' is not a port number in 1..65535; fix it");
    } else if (use.isNodePort()) {
      checkNodePort(use);
    } else {
      checkDynamic(use);
      checkAssigned(use);
    }
  }

  private void checkNodePort(PortUse use) {
    if (!options.nodePorts().contains(use.number())) {
      add(
          LintRule.NODE_PORT_RANGE,
          use.value(),
          "nodePort "
              + use.number()
              + " is outside the NodePort range "
              + options.nodePorts()
              + "; choose one inside it, or leave nodePort out and let the cluster choose");
    }
  }

  private void checkDynamic(PortUse use) {
    if (PortSpace.of(use.number()) == PortSpace.DYNAMIC) {
      add(
          LintRule.PORT_DYNAMIC,
          use.value(),
          use.field()
              + " "
              + use.number()
              + " is inside the Dynamic range 49152-65535, where the system picks ephemeral ports"
              + " and may take it first; choose a port below 49152");
    }
  }

  private void checkAssigned(PortUse use) {
    if (use.name().isEmpty() || options.registry().isEmpty()) {
      return;
    }
    ManifestRegistry registry = options.registry().get();
    List<String> holders = registry.assignedNames(use.number(), use.transport());
    for (String holder : holders) {
      if (isSameService(registry, holder, use.name().get())) {
        return;
      }
    }
    if (!holders.isEmpty()) {
      add(
          LintRule.PORT_ASSIGNED,
          use.value(),
          use.field()
              + " "
              + use.number()
              + "/"
              + use.transport().token()
              + " carries '"
              + use.name().get()
              + "' but IANA assigns it to '"
              + String.join("', '", holders)
              + "'; choose a port not assigned to another service, or name the port after it");
    }
  }

  private static boolean isSameService(ManifestRegistry registry, String assigned, String named) {
    if (ServiceNames.same(assigned, named)) {
      return true;
    }
    return registry.resolve(named).filter(m -> ServiceNames.same(m.name(), assigned)).isPresent();
  }
}
