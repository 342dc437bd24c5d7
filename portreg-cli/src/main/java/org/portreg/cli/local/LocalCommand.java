package org.portreg.cli.local;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code portreg local add|list|show|remove|import|acknowledge|drift|sysctl}. */
@Command(
    name = "local",
    mixinStandardHelpOptions = true,
    description = "The organisation's own assignments beside IANA's registry.",
    subcommands = {
      LocalAddCommand.class,
      LocalListCommand.class,
      LocalShowCommand.class,
      LocalRemoveCommand.class,
      LocalImportCommand.class,
      LocalAcknowledgeCommand.class,
      LocalDriftCommand.class,
      LocalSysctlCommand.class,
      CommandLine.HelpCommand.class
    })
public final class LocalCommand implements Runnable {
  @Spec private CommandSpec spec;

  /** The actor recorded in the audit log when {@code --as} is not given: the OS user. */
  static String defaultActor() {
    return System.getProperty("user.name", "admin");
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(),
        "a subcommand is required: add, list, show, remove, import, acknowledge, drift or sysctl");
  }
}
