package org.portreg.cli.db;

import org.portreg.cli.common.Terminal;
import org.portreg.cli.common.UsageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code portreg db import|history|versions}: the registry history kept in the store. */
@Command(
    name = "db",
    mixinStandardHelpOptions = true,
    description = "Import registry versions into the store and query their history.",
    subcommands = {DbImportCommand.class, DbHistoryCommand.class, DbVersionsCommand.class})
public final class DbCommand implements Runnable {
  @ParentCommand private Terminal main;

  /** The top-level command, for output streams. */
  Terminal main() {
    return main;
  }

  @Override
  public void run() {
    throw new UsageException("a db command is required: import, history or versions");
  }
}
