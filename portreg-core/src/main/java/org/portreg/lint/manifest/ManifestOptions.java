package org.portreg.lint.manifest;

import java.util.Objects;
import java.util.Optional;
import org.portreg.index.RegistryIndex;
import org.portreg.model.PortRange;

/**
 * What manifest lint checks against.
 *
 * @param registry the registry whose service names and assignments apply; without it the checks
 *     that need IANA's names and assignments ({@code app-protocol}, {@code port-assigned}) are
 *     skipped
 * @param nodePorts the cluster's NodePort range
 */
public record ManifestOptions(Optional<ManifestRegistry> registry, PortRange nodePorts) {
  /** Kubernetes' default NodePort range, 30000-32767. */
  public static final PortRange DEFAULT_NODE_PORTS = PortRange.of(30000, 32767);

  /** Checks no component is null. */
  public ManifestOptions {
    Objects.requireNonNull(registry, "registry");
    Objects.requireNonNull(nodePorts, "nodePorts");
  }

  /** Options with the registry and the default NodePort range. */
  public static ManifestOptions of(RegistryIndex registry) {
    return new ManifestOptions(Optional.of(ManifestRegistry.of(registry)), DEFAULT_NODE_PORTS);
  }
}
