package org.portreg.cli.registry;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;
import org.portreg.cli.common.CommandSetup;
import org.portreg.cli.common.FastArgs;
import org.portreg.cli.common.OutputFormat;
import org.portreg.cli.common.StoreOption;
import org.portreg.cli.common.VersionArgument;
import org.portreg.store.StoredVersion;

/**
 * {@code diff OLD NEW} of two stored versions, with {@code --format text|json} and {@code --db}
 * only, without picocli: the command's own code ({@link DiffCommand#sayWhich}, the store's diff,
 * {@link DiffCommand#write}), so the answer and the errors are the same. Files, {@code --search}, a
 * relative date such as {@code -30d} and anything else go to the full command.
 */
public final class DiffFastPath {
  private static final List<String> OPTIONS = List.of("--format", "--db");

  private DiffFastPath() {}

  /**
   * Runs {@code diff} when the arguments allow it.
   *
   * @return the exit code, or {@link LookupFastPath#NOT_HANDLED}
   */
  public static int tryRun(String[] args, OutputStream out, PrintStream err) throws IOException {
    if (args.length < 3 || !"diff".equals(args[0])) {
      return LookupFastPath.NOT_HANDLED;
    }
    FastArgs parsed = FastArgs.parse(args, OPTIONS, List.of());
    if (parsed == null || parsed.words().size() != 2) {
      return LookupFastPath.NOT_HANDLED;
    }
    String format = parsed.value("--format", "text");
    String older = parsed.words().get(0);
    String newer = parsed.words().get(1);
    if (!(format.equals("text") || format.equals("json"))
        || !VersionArgument.namesVersion(older)
        || !VersionArgument.namesVersion(newer)) {
      return LookupFastPath.NOT_HANDLED;
    }
    CommandSetup.prepare();
    String url = parsed.value("--db", null);
    try (VersionArgument versions = new VersionArgument(() -> StoreOption.open(url))) {
      StoredVersion a = versions.stored(older).orElseThrow();
      StoredVersion b = versions.stored(newer).orElseThrow();
      DiffCommand.sayWhich(versions, a, b, older, newer, err);
      OutputFormat output = format.equals("json") ? OutputFormat.JSON : OutputFormat.TEXT;
      return DiffCommand.write(versions.store().diff(a, b), output, out);
    }
  }
}
