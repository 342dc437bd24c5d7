package org.portreg.cli.common;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.portreg.error.InvalidInputException;
import org.portreg.local.LiveRange;
import org.portreg.local.Policy;
import org.portreg.local.PolicyFiles;
import org.portreg.local.PolicyReader;
import org.portreg.local.Preset;
import picocli.CommandLine.Option;

/**
 * {@code --policy FILE} and {@code --preset NAME}: the one place that decides which port-space
 * policy a command uses. Without {@code --policy}: {@code $PORTREG_POLICY}, else {@code
 * $XDG_CONFIG_HOME/portreg/policy.yaml} when present, else no file; {@code --preset} adds presets
 * to it.
 */
public final class PolicyOption {
  @Option(
      names = "--policy",
      paramLabel = "FILE",
      description =
          "Policy file (YAML); default: $PORTREG_POLICY, else $XDG_CONFIG_HOME/portreg/policy.yaml"
              + " when present, else none.")
  private Path file;

  @Option(
      names = "--preset",
      paramLabel = "NAME",
      split = ",",
      description = "Add built-in presets: ${COMPLETION-CANDIDATES}.",
      completionCandidates = PresetNames.class)
  private List<String> presets = new ArrayList<>();

  /** The policy file in force, if any. */
  public Optional<Path> file() {
    return locate(file);
  }

  /** The policy file in force when {@code --policy} names {@code option} (null: none). */
  private static Optional<Path> locate(Path option) {
    return PolicyFiles.locate(option, new Environment(), Path.of(System.getProperty("user.home")));
  }

  /** The process's environment variables, as a class: a quick command links no lambda. */
  private static final class Environment implements UnaryOperator<String> {
    @Override
    public String apply(String name) {
      return System.getenv(name);
    }
  }

  /**
   * The policy in force: the file's rules, then the named presets'.
   *
   * @throws InvalidInputException for an unknown preset
   */
  public Policy read() {
    return read(file, presets);
  }

  /**
   * The policy in force for {@code --policy option} (null: not given) and {@code --preset} naming
   * {@code presets}, as {@link #read()} reads it: for the cold paths, which parse no options with
   * picocli.
   *
   * @throws InvalidInputException for an unknown preset
   */
  public static Policy read(Path option, List<String> presets) {
    Optional<Path> file = locate(option);
    Policy policy =
        file.isPresent() ? PolicyReader.read(file.get(), LiveRange.system()) : Policy.none();
    List<Preset> extra = new ArrayList<>();
    for (String name : presets) {
      Optional<Preset> preset = Preset.parse(name);
      if (preset.isEmpty()) {
        throw new InvalidInputException(
            "--preset must be one of " + Preset.names() + ", was '" + name + "'");
      }
      extra.add(preset.get());
    }
    return policy.plus(Policy.of(extra, LiveRange.system()));
  }

  /** The preset names, for help and completion. */
  static final class PresetNames extends ArrayList<String> {
    private static final long serialVersionUID = 1L;

    PresetNames() {
      for (Preset p : Preset.values()) {
        add(p.id());
      }
    }
  }
}
