package org.portreg.cli.registry;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.portreg.cli.common.FastArgs;
import org.portreg.cli.common.IndexCache;
import org.portreg.cli.common.OutputFormat;
import org.portreg.cli.common.RegistryOption;
import org.portreg.cli.common.TerminalWidth;

/**
 * {@code lookup} without picocli: a cold JVM spends more time initialising picocli's reflective
 * model than the whole lookup takes from the cached index. Handles exactly {@code lookup WHAT
 * [--registry FILE | --as-of VERSION] [--format F]} (also {@code --opt=value}), from the file's
 * index cache or the default database's {@link ColdSnapshot} (with its local assignments); anything
 * else (help, unknown options, a database without a valid snapshot) goes to the full command line,
 * which gives the same answer with proper usage messages.
 */
public final class LookupFastPath {
  /** The code returned when the arguments are not for the fast path. */
  public static final int NOT_HANDLED = -1;

  private static final List<String> OPTIONS = List.of("--registry", "--format", "--as-of");

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
    FastArgs parsed = FastArgs.parse(args, OPTIONS, List.of());
    if (parsed == null || parsed.words().size() != 1) {
      return NOT_HANDLED;
    }
    String registry = parsed.value("--registry", null);
    String asOf = parsed.value("--as-of", null);
    Path file =
        RegistryOption.resolve(
            registry == null ? null : Path.of(registry), System.getenv(RegistryOption.ENV));
    if (file != null && asOf != null) {
      return NOT_HANDLED;
    }
    ColdSnapshot.Indexed indexed = file == null ? ColdSnapshot.indexed(asOf) : null;
    if (file == null && indexed == null) {
      return NOT_HANDLED;
    }
    return run(parsed, file, indexed, stream, err);
  }

  private static int run(
      FastArgs parsed,
      Path file,
      ColdSnapshot.Indexed indexed,
      OutputStream stream,
      PrintStream err)
      throws IOException {
    OutputFormat output = OutputFormat.parse(parsed.value("--format", "table"), Lookup.FORMATS);
    int width = output == OutputFormat.TABLE ? TerminalWidth.get() : TerminalWidth.UNLIMITED;
    PrintStream out = new PrintStream(stream, false, StandardCharsets.UTF_8);
    try {
      Lookup lookup = new Lookup(out, err);
      String what = parsed.words().get(0);
      return indexed != null
          ? lookup.run(what, indexed.index(), indexed.overlay().entries(), output, width)
          : lookup.run(what, file, IndexCache.dir(), output, width);
    } finally {
      out.flush();
    }
  }
}
