package org.portreg.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code portreg user add|list}: the people who may act on requests. */
@Command(
    name = "user",
    mixinStandardHelpOptions = true,
    description = "Add and list the users of the workflow: applicants, experts and admins.",
    subcommands = {UserAddCommand.class, UserListCommand.class})
final class UserCommand implements Runnable {
  @ParentCommand private Main main;

  /** The top-level command, for its streams. */
  Main main() {
    return main;
  }

  /** Standard output as UTF-8 text; the caller flushes it. */
  PrintStream out() {
    return new PrintStream(main.out(), false, StandardCharsets.UTF_8);
  }

  @Override
  public void run() {
    throw new UsageException("a user command is required: add or list");
  }
}
