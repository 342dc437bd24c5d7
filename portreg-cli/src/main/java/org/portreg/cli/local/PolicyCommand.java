package org.portreg.cli.local;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.portreg.cli.common.ExitCodes;
import org.portreg.cli.common.PolicyOption;
import org.portreg.local.Policy;
import org.portreg.local.PolicyRule;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code portreg policy show [--policy FILE] [--preset NAME]}. */
@Command(
    name = "policy",
    mixinStandardHelpOptions = true,
    description = "The port-space policy: reserved ranges with reasons.",
    subcommands = {PolicyCommand.Show.class, CommandLine.HelpCommand.class})
public final class PolicyCommand implements Runnable {
  @Spec private CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: show");
  }

  /** {@code policy show}: every rule in force and where it comes from. */
  @Command(
      name = "show",
      mixinStandardHelpOptions = true,
      description = "Print the policy in force and where each rule comes from.")
  static final class Show implements Callable<Integer> {
    @Spec private CommandSpec spec;
    @Mixin private PolicyOption policy;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      Policy rules = policy.read();
      out.println("# policy: " + policy.file().map(Object::toString).orElse("no file"));
      if (rules.isEmpty()) {
        out.println("# nothing reserved; name presets in the file or with --preset");
      }
      for (PolicyRule r : rules.rules()) {
        out.println(
            r.portsText() + "\t" + r.severity().word() + "\t" + r.reason() + "\t" + r.origin());
      }
      out.flush();
      return ExitCodes.OK;
    }
  }
}
