package org.portreg.cli.lint;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.portreg.cli.common.CompactIndexes;
import org.portreg.cli.common.InputLimit;
import org.portreg.cli.common.RegistryOption;
import org.portreg.cli.common.Terminal;
import org.portreg.error.RegistryException;
import org.portreg.index.CompactIndex;
import org.portreg.io.Registries;
import org.portreg.lint.Finding;
import org.portreg.lint.LintFilter;
import org.portreg.lint.LintOutput;
import org.portreg.lint.LintRule;
import org.portreg.lint.RegistryLint;
import org.portreg.lint.Severity;
import org.portreg.lint.manifest.ManifestLint;
import org.portreg.lint.manifest.ManifestOptions;
import org.portreg.lint.manifest.ManifestRegistry;
import org.portreg.model.PortRange;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code portreg lint [FILE...] [--format text|json|sarif] [--rule ID...] [--severity LEVEL]
 * [--node-port-range A-B]}: registry files and YAML manifests checked against RFC 6335 and the
 * registry. Without FILE, the registry of {@code --registry}, {@code PORTREG_REGISTRY} or the
 * database ({@code --as-of}). Exit 0 without finding at or above the severity, 1 with one.
 */
@Command(
    name = "lint",
    mixinStandardHelpOptions = true,
    description = {
      "Check registry files and Kubernetes or Compose manifests against RFC 6335 and the registry.",
      "Exit 0 without a finding at or above --severity, 1 with one, 65 for malformed input."
    })
public final class LintCommand implements Callable<Integer> {
  @ParentCommand private Terminal main;
  @Spec private CommandSpec spec;
  @Mixin private RegistryOption registry;

  @Parameters(
      paramLabel = "FILE",
      arity = "0..*",
      description = "Registry files (any format) or YAML manifests; - reads standard input.")
  private List<String> files = new ArrayList<>();

  @Option(names = "--format", paramLabel = "FORMAT", description = "text (default), json or sarif.")
  private String format = "text";

  @Option(
      names = "--rule",
      paramLabel = "ID",
      split = ",",
      description = "Only these rules (see docs/lint.md); repeatable.")
  private List<String> rules = new ArrayList<>();

  @Option(
      names = "--severity",
      paramLabel = "LEVEL",
      description =
          "Report and fail on findings of LEVEL or above: error, warning, info (default).")
  private String severity = "info";

  @Option(
      names = "--node-port-range",
      paramLabel = "A-B",
      description = "The cluster's NodePort range for manifests (default: 30000-32767).")
  private String nodePorts = "30000-32767";

  private Optional<ManifestRegistry> manifestRegistry;

  @Override
  public Integer call() throws IOException {
    LintOutput output =
        LintOutput.parse(format).orElseThrow(() -> usage("--format must be text, json or sarif"));
    LintFilter filter = new LintFilter(selectedRules(), minimumSeverity());
    PortRange nodePortRange = nodePortRange();
    List<Finding> findings = new ArrayList<>();
    if (files.isEmpty()) {
      String name = registry.file().map(Path::toString).orElse("database");
      findings.addAll(RegistryLint.check(registry.read(), name));
    }
    for (String file : files) {
      findings.addAll(lint(file, nodePortRange));
    }
    List<Finding> kept = filter.apply(findings);
    LintFastPath.write(output, kept, main.out());
    return kept.isEmpty() ? 0 : 1;
  }

  private List<Finding> lint(String file, PortRange nodePortRange) throws IOException {
    byte[] bytes =
        file.equals("-")
            ? InputLimit.readAll(main.in(), "standard input")
            : InputLimit.readFile(Path.of(file));
    if (ManifestLint.looksLikeYaml(file, bytes)) {
      ManifestOptions options = new ManifestOptions(manifestRegistry(), nodePortRange);
      return new ManifestLint(options).check(bytes, file);
    }
    var read = Registries.read(bytes, file, Optional.empty(), InputLimit.strict());
    return RegistryLint.check(read.registry(), file);
  }

  /**
   * The registry manifests are checked against, read once; none when there is none to read. A
   * file's comes from its index cache and the default database's from its snapshot, so no registry
   * is built when those are valid; otherwise the full index (which saves the snapshot).
   */
  private Optional<ManifestRegistry> manifestRegistry() {
    if (manifestRegistry == null) {
      try {
        manifestRegistry = Optional.of(readManifestRegistry());
      } catch (RegistryException e) {
        main.err()
            .println(
                "portreg lint: no registry ("
                    + e.getMessage()
                    + "); skipping the app-protocol and port-assigned checks");
        manifestRegistry = Optional.empty();
      }
    }
    return manifestRegistry;
  }

  private ManifestRegistry readManifestRegistry() {
    Optional<Path> file = registry.file();
    if (file.isPresent()) {
      try {
        return ManifestRegistry.of(CompactIndexes.ofFile(file.get()));
      } catch (IOException e) {
        // The full read below says what is wrong with the file.
        return ManifestRegistry.of(registry.index());
      }
    }
    CompactIndex snapshot =
        registry.isDefaultDatabase() ? CompactIndexes.ofDefaultDatabase(registry.asOfText()) : null;
    return snapshot != null ? ManifestRegistry.of(snapshot) : ManifestRegistry.of(registry.index());
  }

  private Set<LintRule> selectedRules() {
    Set<LintRule> selected = EnumSet.noneOf(LintRule.class);
    for (String id : rules) {
      selected.add(LintRule.byId(id).orElseThrow(() -> usage("unknown rule '" + id + "'")));
    }
    return selected;
  }

  private Severity minimumSeverity() {
    return Severity.parse(severity)
        .orElseThrow(() -> usage("--severity must be error, warning or info"));
  }

  private PortRange nodePortRange() {
    int dash = nodePorts.indexOf('-');
    try {
      return PortRange.of(
          Integer.parseInt(nodePorts.substring(0, dash)),
          Integer.parseInt(nodePorts.substring(dash + 1)));
    } catch (RuntimeException e) {
      throw usage("--node-port-range must be FIRST-LAST within 0..65535, was '" + nodePorts + "'");
    }
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
