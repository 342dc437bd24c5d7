package org.portreg.lint.manifest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.portreg.lint.Finding;
import org.portreg.lint.manifest.YamlNode.Mapping;

/**
 * Lints YAML deployment manifests: multi-document Kubernetes manifests (Pod, Deployment,
 * StatefulSet, DaemonSet, Job, CronJob, ReplicaSet, Service, List) and Docker Compose files. Each
 * finding carries the line and column of the YAML value it is about. Thread-safe, stateless; reuse
 * one {@link ManifestLint} for many files to build the name suggestions once.
 */
public final class ManifestLint {
  private final ManifestOptions options;
  private final ServiceNameSuggestions suggestions;

  /** A linter checking against {@code options}. */
  public ManifestLint(ManifestOptions options) {
    this.options = options;
    this.suggestions = ServiceNameSuggestions.of(options.registry());
  }

  /**
   * The findings of every manifest rule in {@code yaml}, in document order.
   *
   * @param file the name findings carry, {@code -} for standard input
   * @throws org.portreg.error.RegistryFormatException for malformed YAML, with its position
   */
  public List<Finding> check(byte[] yaml, String file) {
    ManifestFindings findings = new ManifestFindings(file, options, suggestions);
    for (YamlNode document : ManifestReader.read(yaml, file)) {
      if (document instanceof Mapping m) {
        if (KubernetesPorts.isKubernetes(m)) {
          KubernetesPorts.collect(m, findings);
        } else if (ComposePorts.isCompose(m)) {
          ComposePorts.collect(m, findings);
        }
      }
    }
    List<Finding> all = new ArrayList<>(findings.findings());
    all.sort(Comparator.comparingInt(Finding::line).thenComparingInt(Finding::column));
    return all;
  }

  /**
   * Whether an input is a YAML manifest rather than a registry file: by its extension ({@code
   * .yaml}, {@code .yml}), else by a line of its first 4 KiB that starts a document or a top-level
   * key of Kubernetes or Compose ({@code ---}, {@code apiVersion:}, {@code kind:}, {@code
   * services:}).
   */
  public static boolean looksLikeYaml(String fileName, byte[] bytes) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
      return true;
    }
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.UTF_8);
    return head.lines()
        .anyMatch(
            line ->
                line.startsWith("---")
                    || line.startsWith("apiVersion:")
                    || line.startsWith("kind:")
                    || line.startsWith("services:"));
  }
}
