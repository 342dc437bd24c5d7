package org.portreg.cli.registry;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.portreg.cli.common.FastArgs;
import org.portreg.cli.common.OutputFormat;
import org.portreg.cli.common.RegistryOption;
import org.portreg.cli.common.UserInput;
import org.portreg.local.LocalAssignment;
import org.portreg.search.SearchPage;
import org.portreg.search.SearchQuery;
import org.portreg.search.SearchSnapshot;

/**
 * {@code search} without picocli, from the default database's {@link ColdSnapshot}: {@code search
 * QUERY... [--as-of VERSION] [--page N | --all] [--format F]}. The snapshot answers a query with a
 * text term ({@link org.portreg.search.SearchSnapshot}); anything else (another option, a query of
 * structured terms only, no valid snapshot) goes to the full command, which gives the same answer.
 */
public final class SearchFastPath {
  private static final List<String> OPTIONS = List.of("--as-of", "--page", "--format");
  private static final List<String> FLAGS = List.of("--all");

  private SearchFastPath() {}

  /**
   * Runs {@code search} when the arguments and the snapshot allow it.
   *
   * @return the exit code, or {@link LookupFastPath#NOT_HANDLED}
   */
  public static int tryRun(String[] args, OutputStream stream) {
    if (args.length < 2 || !"search".equals(args[0]) || System.getenv(RegistryOption.ENV) != null) {
      return LookupFastPath.NOT_HANDLED;
    }
    FastArgs parsed = FastArgs.parse(args, OPTIONS, FLAGS);
    return parsed == null || parsed.words().isEmpty()
        ? LookupFastPath.NOT_HANDLED
        : run(parsed, stream);
  }

  private static int run(FastArgs parsed, OutputStream stream) {
    OutputFormat output = OutputFormat.parse(parsed.value("--format", "table"), Lookup.FORMATS);
    int page = parsed.number("--page", "1");
    SearchQuery query;
    try {
      query = SearchQuery.parse(String.join(" ", parsed.words()));
    } catch (IllegalArgumentException e) {
      throw UserInput.rejected(e);
    }
    if (page == Integer.MIN_VALUE) {
      return LookupFastPath.NOT_HANDLED;
    }
    ColdSnapshot.Pair snapshot = ColdSnapshot.pair(parsed.value("--as-of", null));
    if (snapshot == null) {
      return LookupFastPath.NOT_HANDLED;
    }
    boolean all = parsed.has("--all");
    return print(snapshot, query, page, all, output, stream);
  }

  /** Prints the answer of the snapshot, or returns {@link LookupFastPath#NOT_HANDLED}. */
  private static int print(
      ColdSnapshot.Pair snapshot,
      SearchQuery query,
      int page,
      boolean all,
      OutputFormat output,
      OutputStream stream) {
    List<LocalAssignment> local =
        SearchOutput.localMatches(snapshot.overlay().entries(), query, page, all);
    PrintStream out = new PrintStream(stream, false, StandardCharsets.UTF_8);
    Optional<SearchSnapshot.TextPage> text;
    Optional<SearchPage> result = Optional.empty();
    try {
      text = snapshot.search().searchText(query, snapshot.index(), page, all);
      if (text.isEmpty()) {
        result = snapshot.search().search(query, snapshot.index(), page, all);
      }
    } catch (IllegalArgumentException e) {
      throw UserInput.rejected(e);
    }
    if (text.isPresent()) {
      SearchOutput.print(out, text.get(), snapshot.index(), local, output);
      out.flush();
      return 0;
    }
    if (result.isEmpty()) {
      return LookupFastPath.NOT_HANDLED;
    }
    SearchOutput.print(out, result.get(), local, output);
    out.flush();
    return 0;
  }
}
