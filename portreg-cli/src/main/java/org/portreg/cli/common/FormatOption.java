package org.portreg.cli.common;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code --format FORMAT} option, declared here once for every command that prints in more than
 * one format. A command says which formats it takes (the first is the default) and how its help
 * describes them:
 *
 * <pre>{@code @Mixin private FormatOption format =
 *     new FormatOption("table (default) or json.", OutputFormat.TABLE, OutputFormat.JSON);}</pre>
 *
 * <p>A format the command does not take is a usage error (exit 2) naming the ones it does. A
 * picocli mixin: one instance per command instance.
 */
@Command
public final class FormatOption {
  private final String description;
  private final List<OutputFormat> accepted;
  private OptionSpec option;

  /**
   * The option for a command taking {@code fallback} (the default) and {@code others}.
   *
   * @param description the option's help text; may use {@code ${COMPLETION-CANDIDATES}} and {@code
   *     ${DEFAULT-VALUE}}
   */
  public FormatOption(String description, OutputFormat fallback, OutputFormat... others) {
    this.description = description;
    List<OutputFormat> formats = new ArrayList<>(List.of(fallback));
    formats.addAll(List.of(others));
    this.accepted = List.copyOf(formats);
  }

  /** Adds the option to the command this mixin is part of; picocli calls it once. */
  @Spec(Spec.Target.MIXEE)
  void addTo(CommandSpec command) {
    option =
        OptionSpec.builder("--format")
            .paramLabel("FORMAT")
            .type(String.class)
            .description(description)
            .defaultValue(accepted.get(0).word())
            .completionCandidates(accepted.stream().map(OutputFormat::word).toList())
            .build();
    command.addOption(option);
  }

  /**
   * The format asked for, else the default.
   *
   * @throws UsageException when the command does not take the format asked for
   */
  public OutputFormat get() {
    String text = option == null ? null : option.getValue();
    return text == null ? accepted.get(0) : OutputFormat.parse(text, accepted);
  }
}
