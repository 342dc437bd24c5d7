package org.portreg.cli.local;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.portreg.cli.common.ExitCodes;
import org.portreg.cli.common.StoreOption;
import org.portreg.local.AssignmentReader;
import org.portreg.local.LocalAssignment;
import org.portreg.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code portreg local import FILE}: adds every entry of a CSV, JSON or YAML file, all or none.
 * {@code check --all} then checks them against IANA and the policy.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = "Import local assignments from CSV, JSON or YAML (all or none).")
final class LocalImportCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;
  @Mixin private StoreOption db;

  @Parameters(index = "0", paramLabel = "FILE", description = "A .csv, .json or .yaml file.")
  private Path file;

  @Option(names = "--as", paramLabel = "USER", description = "Who acts (default: the OS user).")
  private String actor = LocalCommand.defaultActor();

  @Override
  public Integer call() {
    List<LocalAssignment> entries = AssignmentReader.read(file);
    try (Store store = db.open()) {
      store.local().importAll(entries, actor, "imported from " + file.getFileName());
    }
    spec.commandLine().getOut().println("imported " + entries.size() + " local assignments");
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}
