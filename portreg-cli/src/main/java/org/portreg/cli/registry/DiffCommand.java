package org.portreg.cli.registry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.portreg.cli.common.ExitCodes;
import org.portreg.cli.common.FormatOption;
import org.portreg.cli.common.OutputFormat;
import org.portreg.cli.common.RegistryArgument;
import org.portreg.cli.common.StoreOption;
import org.portreg.cli.common.Terminal;
import org.portreg.cli.common.VersionArgument;
import org.portreg.diff.Diff;
import org.portreg.diff.DiffFormat;
import org.portreg.diff.RegistryDiff;
import org.portreg.error.InvalidInputException;
import org.portreg.model.Registry;
import org.portreg.store.StoredVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code portreg diff OLD NEW [--format text|json]}; exits 0 whether or not there are changes. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = {
      "Show what changed between two registry versions: records added, removed, changed (field by"
          + " field), renamed, moved and split; people and header changes.",
      "Exits 0 whether or not the versions differ."
    })
public final class DiffCommand implements Callable<Integer> {
  @ParentCommand private Terminal main;

  @Parameters(
      index = "0",
      paramLabel = "OLD",
      description =
          "Older version: a registry file, or a stored version: YYYY-MM-DD, YYYY-MM-DD.N, today,"
              + " yesterday, -30d")
  private String older;

  @Parameters(
      index = "1",
      paramLabel = "NEW",
      description = "Newer version: a registry file, or a stored version (as for OLD)")
  private String newer;

  @Mixin private StoreOption storeOption = new StoreOption();

  @Mixin
  private FormatOption format =
      new FormatOption(
          "Output: text (for people, the default) or json (for tools).",
          OutputFormat.TEXT,
          OutputFormat.JSON);

  private final RegistryArgument registries;

  DiffCommand() {
    this.registries = null;
  }

  DiffCommand(RegistryArgument registries) {
    this.registries = registries;
  }

  @Override
  public Integer call() throws IOException {
    OutputFormat output = format.get();
    if (registries != null) {
      return write(
          RegistryDiff.compare(registries.resolve(older), registries.resolve(newer)), output);
    }
    try (VersionArgument versions = new VersionArgument(storeOption::open)) {
      Registry from = versions.resolve(older);
      Registry to = versions.resolve(newer);
      Optional<StoredVersion> a = versions.resolvedVersion(older);
      Optional<StoredVersion> b = versions.resolvedVersion(newer);
      if (a.isPresent() && b.isPresent()) {
        sayWhich(versions, a.get(), b.get());
      }
      return write(RegistryDiff.compare(from, to), output);
    }
  }

  /**
   * Names the stored versions the two arguments resolved to (on stderr), and refuses to compare a
   * version with itself: two dates after the newest version both name the newest.
   */
  private void sayWhich(VersionArgument versions, StoredVersion a, StoredVersion b) {
    String from = versions.idOf(a);
    String to = versions.idOf(b);
    if (a.id() == b.id()) {
      throw new InvalidInputException(
          older
              + " and "
              + newer
              + " both name stored version "
              + from
              + ": nothing to compare (see 'portreg db versions')");
    }
    main.err().println("portreg: comparing version " + from + " with version " + to);
  }

  private int write(Diff diff, OutputFormat output) throws IOException {
    if (output == OutputFormat.JSON) {
      DiffFormat.writeJson(diff, main.out());
    } else {
      main.out().write(DiffFormat.text(diff).getBytes(StandardCharsets.UTF_8));
    }
    return ExitCodes.OK;
  }
}
