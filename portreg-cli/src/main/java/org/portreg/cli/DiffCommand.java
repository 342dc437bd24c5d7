package org.portreg.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.portreg.diff.Diff;
import org.portreg.diff.DiffFormat;
import org.portreg.diff.RegistryDiff;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.TypeConversionException;

/** {@code portreg diff OLD NEW [--format text|json]}; exits 0 whether or not there are changes. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = {
      "Show what changed between two registry versions: records added, removed, changed (field by"
          + " field), renamed, moved and split; people and header changes.",
      "Exits 0 whether or not the versions differ."
    })
final class DiffCommand implements Callable<Integer> {
  /** The output formats. */
  enum OutputFormat {
    TEXT,
    JSON
  }

  /** Parses {@code text} or {@code json}, case-insensitively. */
  static final class OutputFormatConverter implements ITypeConverter<OutputFormat> {
    @Override
    public OutputFormat convert(String value) {
      for (OutputFormat f : OutputFormat.values()) {
        if (f.name().equalsIgnoreCase(value)) {
          return f;
        }
      }
      throw new TypeConversionException(
          "unknown format '" + value + "', expected one of [text, json]");
    }
  }

  @ParentCommand private Main main;

  @Parameters(
      index = "0",
      paramLabel = "OLD",
      description = "Older version: a registry file, or a date YYYY-MM-DD from the store")
  private String older;

  @Parameters(
      index = "1",
      paramLabel = "NEW",
      description = "Newer version: a registry file, or a date YYYY-MM-DD from the store")
  private String newer;

  @Mixin private StoreOption storeOption = new StoreOption();

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      converter = OutputFormatConverter.class,
      description = "Output: text (for people, the default) or json (for tools).")
  private OutputFormat format;

  private final RegistryArgument registries;

  DiffCommand() {
    this.registries = null;
  }

  DiffCommand(RegistryArgument registries) {
    this.registries = registries;
  }

  @Override
  public Integer call() throws IOException {
    if (registries != null) {
      return write(RegistryDiff.compare(registries.resolve(older), registries.resolve(newer)));
    }
    try (VersionArgument versions = new VersionArgument(storeOption::open)) {
      return write(RegistryDiff.compare(versions.resolve(older), versions.resolve(newer)));
    }
  }

  private int write(Diff diff) throws IOException {
    if (format == OutputFormat.JSON) {
      DiffFormat.writeJson(diff, main.out());
    } else {
      main.out().write(DiffFormat.text(diff).getBytes(StandardCharsets.UTF_8));
    }
    return ExitCodes.OK;
  }
}
