package org.portreg.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import org.portreg.cli.local.CheckCommand;
import org.portreg.cli.local.LocalCommand;
import org.portreg.cli.local.PolicyCommand;
import org.portreg.error.InvalidInputException;
import org.portreg.error.PermissionDeniedException;
import org.portreg.error.RegistryException;
import org.portreg.error.RegistryFormatException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code portreg} command. Every error is mapped to an exit code and a one-line message here
 * and nowhere else.
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
      LocalCommand.class,
      PolicyCommand.class,
      CheckCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  private final InputStream in;
  private final OutputStream out;
  private final PrintStream err;

  Main(OutputStream out, PrintStream err) {
    this(System.in, out, err);
  }

  Main(InputStream in, OutputStream out, PrintStream err) {
    this.in = in;
    this.out = out;
    this.err = err;
  }

  /** Runs the command and exits with its code. */
  public static void main(String[] args) {
    BufferedOutputStream out = new BufferedOutputStream(System.out, 1 << 16);
    int code = LookupFastPath.tryRun(args, out, System.err);
    if (code == LookupFastPath.NOT_HANDLED) {
      code = run(args, out, System.err);
    }
    try {
      out.flush();
    } catch (IOException e) {
      code = ExitCodes.IO;
    }
    System.exit(code);
  }

  /** Runs the command with the given streams and returns its exit code; never exits. */
  static int run(String[] args, OutputStream out, PrintStream err) {
    return run(args, System.in, out, err);
  }

  /** Runs the command reading {@code in} (for {@code --password-stdin}); never exits. */
  static int run(String[] args, InputStream in, OutputStream out, PrintStream err) {
    Main main = new Main(in, out, err);
    CommandLine cli = new CommandLine(main);
    cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
    cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
    cli.setExecutionExceptionHandler((e, line, parsed) -> main.report(e));
    cli.setParameterExceptionHandler(
        (e, args2) -> {
          err.println("portreg: " + e.getMessage());
          err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
          return ExitCodes.USAGE;
        });
    return cli.execute(args);
  }

  /** Maps an exception to its exit code, printing one line. */
  int report(Exception e) {
    if (e instanceof RegistryFormatException f) {
      f.problems().forEach(p -> err.println(p));
      return ExitCodes.DATA;
    }
    if (e instanceof RejectedInputException rejected) {
      rejected.lines().forEach(err::println);
      return ExitCodes.DATA;
    }
    if (e instanceof UncheckedIOException io) {
      return reportIo(io.getCause(), io.getMessage());
    }
    if (e instanceof IOException io) {
      return reportIo(io, io.getMessage());
    }
    // NotFoundException, ConflictException and the rest of RegistryException exit 1.
    if (e instanceof RegistryException || e instanceof IllegalArgumentException) {
      err.println("portreg: " + e.getMessage());
      return isUsage(e) ? ExitCodes.USAGE : ExitCodes.INTERNAL;
    }
    err.println("portreg: internal error: " + e);
    e.printStackTrace(err);
    return ExitCodes.INTERNAL;
  }

  /** Whether the command line is at fault, including the acting user it chose ({@code --as}). */
  private static boolean isUsage(Exception e) {
    return e instanceof UsageException
        || e instanceof IllegalArgumentException
        || e instanceof InvalidInputException
        || e instanceof PermissionDeniedException;
  }

  private int reportIo(IOException cause, String message) {
    if (cause instanceof NoSuchFileException missing) {
      err.println(missing.getFile() + ": no such file");
    } else {
      err.println("portreg: " + message);
    }
    return ExitCodes.IO;
  }

  /** Where commands read their input, such as a password. */
  InputStream in() {
    return in;
  }

  /** Where commands write their output. */
  OutputStream out() {
    return out;
  }

  /** Where commands write messages. */
  PrintStream err() {
    return err;
  }

  @Override
  public void run() {
    throw new UsageException("a command is required; try 'portreg --help'");
  }
}
