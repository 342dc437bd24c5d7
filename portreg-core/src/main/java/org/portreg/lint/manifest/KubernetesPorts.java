package org.portreg.lint.manifest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.portreg.lint.manifest.YamlNode.Mapping;
import org.portreg.lint.manifest.YamlNode.Scalar;
import org.portreg.model.Transport;

/**
 * Finds the ports of Kubernetes objects: containers and initContainers of Pods and of the pod
 * templates of Deployments, StatefulSets, DaemonSets, Jobs, CronJobs and ReplicaSets, and the
 * {@code spec.ports} of Services; {@code kind: List} items are read too. Stateless.
 */
final class KubernetesPorts {
  private static final Set<String> TEMPLATED =
      Set.of("Deployment", "StatefulSet", "DaemonSet", "Job", "ReplicaSet");

  private KubernetesPorts() {}

  /** Whether {@code document} is a Kubernetes object (it has a {@code kind}). */
  static boolean isKubernetes(Mapping document) {
    return document.scalar("kind").isPresent();
  }

  /** The port names, appProtocols and ports of {@code document}, in document order. */
  static void collect(Mapping document, ManifestFindings into) {
    String kind = document.scalar("kind").map(Scalar::text).orElse("");
    if (kind.equals("List")) {
      for (YamlNode item : document.items("items")) {
        if (item instanceof Mapping m) {
          collect(m, into);
        }
      }
    } else if (kind.equals("Service")) {
      document.mapping("spec").ifPresent(spec -> servicePorts(spec, into));
    } else {
      podSpec(kind, document).ifPresent(spec -> containers(spec, into));
    }
  }

  private static Optional<Mapping> podSpec(String kind, Mapping document) {
    Optional<Mapping> spec = document.mapping("spec");
    if (kind.equals("Pod")) {
      return spec;
    }
    if (kind.equals("CronJob")) {
      spec = spec.flatMap(s -> s.mapping("jobTemplate")).flatMap(j -> j.mapping("spec"));
    } else if (!TEMPLATED.contains(kind)) {
      return Optional.empty();
    }
    return spec.flatMap(s -> s.mapping("template")).flatMap(t -> t.mapping("spec"));
  }

  private static void containers(Mapping podSpec, ManifestFindings into) {
    List<YamlNode> all = new ArrayList<>(podSpec.items("initContainers"));
    all.addAll(podSpec.items("containers"));
    for (YamlNode container : all) {
      if (container instanceof Mapping c) {
        for (YamlNode port : c.items("ports")) {
          if (port instanceof Mapping p) {
            containerPort(p, into);
          }
        }
      }
    }
  }

  private static void containerPort(Mapping port, ManifestFindings into) {
    Optional<Scalar> name = port.scalar("name");
    name.ifPresent(into::checkPortName);
    var transport = PortUse.transport(port.scalar("protocol").map(Scalar::text).orElse(""));
    Optional<String> service = ManifestFindings.serviceName(name);
    for (String field : List.of("containerPort", "hostPort")) {
      port.scalar(field)
          .ifPresent(v -> into.checkPort(PortUse.of(field, v, v.text(), transport, service)));
    }
  }

  private static void servicePorts(Mapping spec, ManifestFindings into) {
    for (YamlNode item : spec.items("ports")) {
      if (item instanceof Mapping port) {
        servicePort(port, into);
      }
    }
  }

  private static void servicePort(Mapping port, ManifestFindings into) {
    Optional<Scalar> name = port.scalar("name");
    name.ifPresent(into::checkPortName);
    Optional<Scalar> appProtocol = port.scalar("appProtocol");
    appProtocol.ifPresent(into::checkAppProtocol);
    var transport = PortUse.transport(port.scalar("protocol").map(Scalar::text).orElse(""));
    Optional<String> service =
        ManifestFindings.serviceName(appProtocol).or(() -> ManifestFindings.serviceName(name));
    port.scalar("port")
        .ifPresent(v -> into.checkPort(PortUse.of("port", v, v.text(), transport, service)));
    port.scalar("nodePort")
        .ifPresent(
            v -> into.checkPort(PortUse.of("nodePort", v, v.text(), transport, Optional.empty())));
    port.scalar("targetPort").ifPresent(v -> targetPort(v, transport, into));
  }

  /** A targetPort is a number or the name of a container port (then §5.1 applies to it). */
  private static void targetPort(Scalar value, Transport t, ManifestFindings into) {
    if (value.integer() || PortUse.parsePort(value.text()) > 0) {
      into.checkPort(PortUse.of("targetPort", value, value.text(), t, Optional.empty()));
    } else {
      into.checkPortName(value);
    }
  }
}
