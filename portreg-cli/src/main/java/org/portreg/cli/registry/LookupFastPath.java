package org.portreg.cli.registry;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.portreg.cli.common.OutputFormat;
import org.portreg.cli.common.RegistryOption;
import org.portreg.cli.common.RowOutput;

/**
 * {@code lookup} without picocli: a cold JVM spends more time initialising picocli's reflective
 * model than the whole lookup takes from the cached index. Handles exactly {@code lookup WHAT
 * [--registry FILE] [--format F]} (also {@code --opt=value}); anything else (help, unknown options)
 * goes to the full command line, which gives the same answer with proper usage messages.
 */
public final class LookupFastPath {
  /** The code returned when the arguments are not for the fast path. */
  public static final int NOT_HANDLED = -1;

  private LookupFastPath() {}

  /**
   * Runs {@code lookup} when the arguments are for the fast path.
   *
   * @return the exit code, or {@link #NOT_HANDLED} when the arguments are not for the fast path
   * @throws IOException when the registry cannot be read; the library's exceptions as {@code
   *     lookup} throws them, for the caller to map to an exit code
   */
  public static int tryRun(String[] args, OutputStream stream, PrintStream err) throws IOException {
    if (args.length < 2 || !"lookup".equals(args[0])) {
      return NOT_HANDLED;
    }
    String what = null;
    String registry = null;
    String format = "table";
    for (int i = 1; i < args.length; i++) {
      String arg = args[i];
      if (arg.startsWith("--registry=")) {
        registry = arg.substring("--registry=".length());
      } else if (arg.startsWith("--format=")) {
        format = arg.substring("--format=".length());
      } else if ((arg.equals("--registry") || arg.equals("--format")) && i + 1 < args.length) {
        if (arg.equals("--registry")) {
          registry = args[++i];
        } else {
          format = args[++i];
        }
      } else if (arg.startsWith("-") || what != null) {
        return NOT_HANDLED;
      } else {
        what = arg;
      }
    }
    return what == null ? NOT_HANDLED : run(what, registry, format, stream, err);
  }

  private static int run(
      String what, String registry, String format, OutputStream stream, PrintStream err)
      throws IOException {
    PrintStream out = new PrintStream(stream, false, StandardCharsets.UTF_8);
    try {
      Path file =
          RegistryOption.resolve(
              registry == null ? null : Path.of(registry), System.getenv(RegistryOption.ENV));
      if (file == null) {
        return NOT_HANDLED;
      }
      OutputFormat output = OutputFormat.parse(format, Lookup.FORMATS);
      int width = RowOutput.terminalWidth(System.getenv("COLUMNS"));
      return new Lookup(out, err).run(what, file, IndexCache.dir(), output, width);
    } finally {
      out.flush();
    }
  }
}
