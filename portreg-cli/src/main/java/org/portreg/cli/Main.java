package org.portreg.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.portreg.cli.common.CommandSetup;
import org.portreg.cli.common.ExitCodes;
import org.portreg.cli.common.InputLimit;
import org.portreg.cli.common.Terminal;
import org.portreg.cli.common.TerminalWidth;
import org.portreg.cli.common.UsageException;
import org.portreg.cli.common.Version;
import org.portreg.cli.db.DbCommand;
import org.portreg.cli.db.ServeCommand;
import org.portreg.cli.db.UpdateCommand;
import org.portreg.cli.lint.LintCommand;
import org.portreg.cli.local.CheckCommand;
import org.portreg.cli.local.LocalCommand;
import org.portreg.cli.local.PolicyCommand;
import org.portreg.cli.registry.ConvertCommand;
import org.portreg.cli.registry.DiffCommand;
import org.portreg.cli.registry.FreeCommand;
import org.portreg.cli.registry.LookupCommand;
import org.portreg.cli.registry.MapCommand;
import org.portreg.cli.registry.ReconcileCommand;
import org.portreg.cli.registry.SearchCommand;
import org.portreg.cli.workflow.AuditCommand;
import org.portreg.cli.workflow.RequestCommand;
import org.portreg.cli.workflow.ServiceCommand;
import org.portreg.cli.workflow.TokenCommand;
import org.portreg.cli.workflow.UserCommand;
import org.portreg.cli.workflow.WatchCommand;
import org.portreg.error.InvalidInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ScopeType;

/**
 * The {@code portreg} command. Every error is mapped to an exit code and a one-line message here
 * and nowhere else, by {@link Failures}.
 */
@Command(
    name = "portreg",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "The IANA Service Name and Transport Protocol Port Number Registry.",
    subcommands = {
      ConvertCommand.class,
      ReconcileCommand.class,
      DbCommand.class,
      UpdateCommand.class,
      DiffCommand.class,
      LookupCommand.class,
      SearchCommand.class,
      FreeCommand.class,
      MapCommand.class,
      ServeCommand.class,
      RequestCommand.class,
      UserCommand.class,
      TokenCommand.class,
      ServiceCommand.class,
      AuditCommand.class,
      WatchCommand.class,
      LintCommand.class,
      LocalCommand.class,
      PolicyCommand.class,
      CheckCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable, Terminal {
  /** The narrowest usage help picocli writes. */
  private static final int HELP_MIN_WIDTH = 55;

  private final InputStream in;
  private final OutputStream out;
  private final PrintStream err;
  private final Failures failures;

  /**
   * The command on the process's standard streams; the build's man-page and completion generators
   * create it this way.
   */
  public Main() {
    this(System.in, System.out, System.err);
  }

  Main(OutputStream out, PrintStream err) {
    this(System.in, out, err);
  }

  Main(InputStream in, OutputStream out, PrintStream err) {
    this.in = in;
    this.out = out;
    this.err = err;
    this.failures = new Failures(err, "1".equals(System.getenv(Failures.DEBUG_ENV)));
  }

  /** Runs the command and exits with its code: {@link Entry#main}, kept under this name too. */
  public static void main(String[] args) {
    Entry.main(args);
  }

  /**
   * The answer to an input too large for the heap: the launcher starts every command but {@code
   * serve} with a bounded heap (so that no input can take the machine's memory), and says how to
   * give it more.
   */
  static int outOfMemory(PrintStream err) {
    long mib = Runtime.getRuntime().maxMemory() >> 20;
    err.println(
        "portreg: out of memory: this input needs more than the "
            + mib
            + " MiB heap the command runs with, and it stopped (nothing half-stored: the store's"
            + " writes are transactions). To allow more, run it again with"
            + " PORTREG_JAVA_OPTS=-Xmx2g (or more)");
    return ExitCodes.INTERNAL;
  }

  /** The exit code and message of {@code e}, a failure of a command run without picocli. */
  static int report(Exception e, PrintStream err) {
    return new Main(System.out, err).report(e);
  }

  /** Runs the command with the given streams and returns its exit code; never exits. */
  static int run(String[] args, OutputStream out, PrintStream err) {
    return run(args, System.in, out, err);
  }

  /** Runs the command reading {@code in} (for {@code --password-stdin}); never exits. */
  static int run(String[] args, InputStream in, OutputStream out, PrintStream err) {
    CommandSetup.prepare();
    Main main = new Main(in, out, err);
    CommandLine cli = commandLine(main, args);
    cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
    cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
    cli.setExecutionExceptionHandler((e, line, parsed) -> main.report(e));
    cli.setParameterExceptionHandler((e, args2) -> usage(e, err));
    if (asksForHelp(args)) {
      fitHelp(cli, TerminalWidth.get());
    }
    return cli.execute(args);
  }

  /** Whether {@code args} ask for usage help, so the terminal's width is worth asking for. */
  static boolean asksForHelp(String[] args) {
    for (String arg : args) {
      if ("-h".equals(arg) || "--help".equals(arg) || "help".equals(arg)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Fits usage help to {@code width} ({@link TerminalWidth}): picocli's own 80 when the output is
   * not a terminal, never under picocli's least, 55.
   */
  static void fitHelp(CommandLine cli, int width) {
    if (width != TerminalWidth.UNLIMITED) {
      cli.setUsageHelpWidth(Math.max(HELP_MIN_WIDTH, width));
    }
  }

  /**
   * The command line for {@code args}: when the first word names a command, a root holding that
   * command alone. Picocli builds the model of every command it is given, reflectively, and that
   * took a cold JVM about 0.4 s of every {@code db}, {@code diff} or {@code request} run; one
   * command's tree is a fraction of it. Anything else (no command, an option first, {@code help}, a
   * mistyped name that wants suggestions) gets the whole tree, as the man pages do.
   */
  static CommandLine commandLine(Main main, String[] args) {
    Class<?> only = args.length == 0 ? null : Subcommands.BY_NAME.get(args[0]);
    if (only == null) {
      return wholeTree(main);
    }
    CommandSpec root = CommandSpec.wrapWithoutInspection(main);
    root.name("portreg");
    root.mixinStandardHelpOptions(true);
    root.versionProvider(new Version());
    root.addOption(maxInputOption());
    CommandLine cli = new CommandLine(root);
    try {
      cli.addSubcommand(args[0], CommandLine.defaultFactory().create(only));
    } catch (Exception e) {
      return wholeTree(main);
    }
    return cli;
  }

  private static CommandLine wholeTree(Main main) {
    CommandLine cli = new CommandLine(main);
    cli.getCommandSpec().addOption(maxInputOption());
    return cli;
  }

  /**
   * {@code --max-input SIZE}, taken by every command ({@link InputLimit}): the most bytes of
   * (decompressed) input a registry file may hold. Built here, not declared on a command, so the
   * one-command tree above carries it too.
   */
  static OptionSpec maxInputOption() {
    return OptionSpec.builder("--max-input")
        .paramLabel("SIZE")
        .description(
            "The most bytes a registry file may hold after decompression (default: 64MiB;"
                + " K, M, G suffixes): a larger file is refused with exit 65.")
        .scopeType(ScopeType.INHERIT)
        .type(Long.class)
        .converters(
            value -> {
              try {
                return InputLimit.parse(value);
              } catch (InvalidInputException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
              }
            })
        .setter(
            new ISetter() {
              @Override
              public <T> T set(T value) {
                if (value != null) {
                  InputLimit.set((Long) value);
                }
                return null;
              }
            })
        .build();
  }

  /**
   * Each command's name (and aliases) and class, as the annotation above lists them; read on first
   * use, so the cold paths of lookup, search and free never parse those annotations.
   */
  private static final class Subcommands {
    static final Map<String, Class<?>> BY_NAME = subcommands();

    private Subcommands() {}
  }

  private static Map<String, Class<?>> subcommands() {
    Map<String, Class<?>> byName = new HashMap<>();
    for (Class<?> c : Main.class.getAnnotation(Command.class).subcommands()) {
      Command command = c.getAnnotation(Command.class);
      if (command == null || c == CommandLine.HelpCommand.class) {
        continue;
      }
      byName.put(command.name(), c);
      for (String alias : command.aliases()) {
        byName.put(alias, c);
      }
    }
    return Map.copyOf(byName);
  }

  /** A usage error: the message, the closest match of a mistyped name, and where help is. */
  private static int usage(CommandLine.ParameterException e, PrintStream err) {
    CommandLine command = e.getCommandLine();
    if (e instanceof CommandLine.UnmatchedArgumentException unmatched
        && unknownCommand(command, unmatched)) {
      err.println("portreg: unknown command '" + unmatched.getUnmatched().get(0) + "'");
    } else {
      err.println("portreg: " + e.getMessage());
    }
    if (e instanceof CommandLine.UnmatchedArgumentException unmatched
        && !unmatched.getSuggestions().isEmpty()) {
      err.println("Did you mean '" + unmatched.getSuggestions().get(0) + "'?");
    }
    err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help'.");
    return ExitCodes.USAGE;
  }

  /** Whether the first unmatched word stands where a subcommand's name was expected. */
  private static boolean unknownCommand(
      CommandLine command, CommandLine.UnmatchedArgumentException unmatched) {
    List<String> words = unmatched.getUnmatched();
    return !command.getSubcommands().isEmpty()
        && command.getParseResult().subcommand() == null
        && !words.isEmpty()
        && !words.get(0).startsWith("-");
  }

  /** Maps an exception to its exit code, printing its message (see {@link Failures}). */
  int report(Exception e) {
    return failures.report(e);
  }

  @Override
  public InputStream in() {
    return in;
  }

  @Override
  public OutputStream out() {
    return out;
  }

  @Override
  public PrintStream err() {
    return err;
  }

  @Override
  public void run() {
    throw new UsageException("a command is required; try 'portreg --help'");
  }
}
