package org.portreg.cli.workflow;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.portreg.cli.common.Terminal;
import org.portreg.cli.common.UsageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code portreg user add|list|update}: the people who may act on requests. */
@Command(
    name = "user",
    mixinStandardHelpOptions = true,
    description = "Add, list and change the users of the workflow: applicants, experts and admins.",
    subcommands = {UserAddCommand.class, UserListCommand.class, UserUpdateCommand.class})
public final class UserCommand implements Runnable {
  @ParentCommand private Terminal main;

  /** The top-level command, for its streams. */
  Terminal main() {
    return main;
  }

  /** Standard output as UTF-8 text; the caller flushes it. */
  PrintStream out() {
    return new PrintStream(main.out(), false, StandardCharsets.UTF_8);
  }

  @Override
  public void run() {
    throw new UsageException("a user command is required: add, list or update");
  }
}
