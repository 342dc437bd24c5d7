package org.portreg.cli.local;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.portreg.cli.common.DbSnapshot;
import org.portreg.cli.common.ExitCodes;
import org.portreg.cli.common.FastArgs;
import org.portreg.cli.common.LocalOverlay;
import org.portreg.cli.common.PolicyOption;
import org.portreg.cli.common.RegistryOption;
import org.portreg.cli.common.TerminalWidth;
import org.portreg.index.CompactIndex;
import org.portreg.index.RegistryIndex;
import org.portreg.local.CheckItem;
import org.portreg.local.Checker;
import org.portreg.local.Verdict;
import org.portreg.search.SearchSnapshot;

/**
 * {@code check} without picocli or JDBC, from the default database's {@link DbSnapshot}: {@code
 * check ITEM… | --all [--as-of VERSION] [--policy FILE] [--preset P,…] [--strict] [--format
 * text|json]}. IANA's side comes from the version's index and search snapshot ({@link
 * IanaExcerpt}), the local assignments and acknowledgements from the snapshot's local file, the
 * policy as {@code check} reads it. Anything else ({@code --local}, {@code --registry}, {@code
 * --db}, no valid snapshot) goes to the full command, which gives the same answer.
 */
public final class CheckFastPath {
  /** The code returned when the arguments or the snapshot are not for the fast path. */
  public static final int NOT_HANDLED = -1;

  private static final List<String> OPTIONS =
      List.of("--format", "--policy", "--preset", "--as-of");
  private static final List<String> FLAGS = List.of("--all", "--strict");

  private CheckFastPath() {}

  /**
   * Runs {@code check} when the arguments and the snapshot allow it.
   *
   * @return the exit code, or {@link #NOT_HANDLED}
   */
  public static int tryRun(String[] args, OutputStream stream) {
    if (args.length < 2 || !"check".equals(args[0]) || System.getenv(RegistryOption.ENV) != null) {
      return NOT_HANDLED;
    }
    FastArgs parsed = FastArgs.parse(args, OPTIONS, FLAGS);
    if (parsed == null || presets(parsed).contains("")) {
      return NOT_HANDLED;
    }
    boolean json = VerdictOutput.isJson(parsed.value("--format", "text"));
    List<CheckItem> items = CheckCommand.items(parsed.words(), parsed.has("--all"));
    Checker checker = checker(parsed, items);
    if (checker == null) {
      return NOT_HANDLED;
    }
    List<Verdict> verdicts = CheckCommand.verdicts(checker, items, parsed.has("--all"));
    boolean fails = CheckCommand.fails(verdicts, parsed.has("--strict"));
    PrintWriter out = new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
    if (json) {
      VerdictOutput.json(verdicts, fails, out);
    } else {
      VerdictOutput.text(verdicts, out, TerminalWidth.get());
    }
    out.flush();
    return fails ? ExitCodes.INTERNAL : ExitCodes.OK;
  }

  /** The checker over the snapshot's version, or null when the snapshot cannot answer. */
  private static Checker checker(FastArgs parsed, List<CheckItem> items) {
    DbSnapshot snapshot = DbSnapshot.openDefault();
    DbSnapshot.Version version =
        snapshot == null ? null : snapshot.resolve(parsed.value("--as-of", null));
    CompactIndex index = version == null ? null : snapshot.index(version);
    SearchSnapshot search = index == null ? null : snapshot.search(version);
    LocalOverlay overlay = search == null ? null : snapshot.local();
    if (overlay == null) {
      return null;
    }
    boolean all = parsed.has("--all");
    RegistryIndex iana =
        IanaExcerpt.of(index, search, items, all ? overlay.entries() : new ArrayList<>());
    return new Checker(
        iana,
        PolicyOption.read(policyFile(parsed), presets(parsed)),
        overlay.entries(),
        all ? overlay.acknowledgements() : List.of());
  }

  private static Path policyFile(FastArgs parsed) {
    String file = parsed.value("--policy", null);
    return file == null ? null : Path.of(file);
  }

  private static List<String> presets(FastArgs parsed) {
    String names = parsed.value("--preset", null);
    return names == null ? List.of() : Arrays.asList(names.split(",", -1));
  }
}
