package org.portreg.cli.registry;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.portreg.cli.common.ExitCodes;
import org.portreg.cli.common.FormatOption;
import org.portreg.cli.common.OutputFormat;
import org.portreg.cli.common.RegistryArgument;
import org.portreg.cli.common.StoreOption;
import org.portreg.cli.common.Terminal;
import org.portreg.cli.common.TerminalWidth;
import org.portreg.cli.common.VersionArgument;
import org.portreg.cli.common.WordWrap;
import org.portreg.diff.Diff;
import org.portreg.diff.DiffFormat;
import org.portreg.diff.DiffScope;
import org.portreg.diff.RegistryDiff;
import org.portreg.error.InvalidInputException;
import org.portreg.index.RegistryIndex;
import org.portreg.model.Registry;
import org.portreg.model.ServiceRecord;
import org.portreg.search.RegistrySearch;
import org.portreg.search.SearchQuery;
import org.portreg.search.SearchRow;
import org.portreg.store.StoredVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code portreg diff OLD NEW [--format text|json]}; exits 0 whether or not there are changes. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = {
      "Show what changed between two registry versions: records added, removed, changed (field by"
          + " field), renamed, moved and split; people and header changes.",
      "Exits 0 whether or not the versions differ."
    })
public final class DiffCommand implements Callable<Integer> {
  @ParentCommand private Terminal main;

  @Parameters(
      index = "0",
      paramLabel = "OLD",
      description =
          "Older version: a registry file, or a stored version: YYYY-MM-DD, YYYY-MM-DD.N, today,"
              + " yesterday, -30d")
  private String older;

  @Parameters(
      index = "1",
      paramLabel = "NEW",
      description = "Newer version: a registry file, or a stored version (as for OLD)")
  private String newer;

  @Mixin private StoreOption storeOption = new StoreOption();

  @Option(
      names = "--search",
      paramLabel = "QUERY",
      description =
          "Only the changes of records QUERY matches in either version (the search's syntax,"
              + " see 'portreg search --help'); header and people changes are left out.")
  private String search;

  @Mixin
  private FormatOption format =
      new FormatOption(
          "Output: text (for people, the default) or json (for tools).",
          OutputFormat.TEXT,
          OutputFormat.JSON);

  private final RegistryArgument registries;

  DiffCommand() {
    this.registries = null;
  }

  DiffCommand(RegistryArgument registries) {
    this.registries = registries;
  }

  @Override
  public Integer call() throws IOException {
    OutputFormat output = format.get();
    if (registries != null) {
      return write(compare(registries.resolve(older), registries.resolve(newer)), output);
    }
    try (VersionArgument versions = new VersionArgument(storeOption::open)) {
      Optional<StoredVersion> a = versions.stored(older);
      Optional<StoredVersion> b = versions.stored(newer);
      if (a.isPresent() && b.isPresent()) {
        sayWhich(versions, a.get(), b.get(), older, newer, main.err());
        if (search == null) {
          return write(versions.store().diff(a.get(), b.get()), output);
        }
      }
      return write(compare(versions.resolve(older), versions.resolve(newer)), output);
    }
  }

  /**
   * Names the stored versions the two arguments resolved to (on stderr), and refuses to compare a
   * version with itself: two dates after the newest version both name the newest.
   */
  static void sayWhich(
      VersionArgument versions,
      StoredVersion a,
      StoredVersion b,
      String older,
      String newer,
      PrintStream err) {
    String from = versions.idOf(a);
    String to = versions.idOf(b);
    if (a.id() == b.id()) {
      throw new InvalidInputException(
          older
              + " and "
              + newer
              + " both name stored version "
              + from
              + ": nothing to compare (see 'portreg db versions')");
    }
    err.println("portreg: comparing version " + from + " with version " + to);
  }

  /** The diff, restricted to the records {@code --search} matches in either version. */
  private Diff compare(Registry from, Registry to) {
    Optional<SearchQuery> query = Optional.ofNullable(search).map(SearchQuery::parse);
    Diff diff = RegistryDiff.compare(from, to);
    if (query.isEmpty()) {
      return diff;
    }
    Set<ServiceRecord> matches = new HashSet<>(matches(from, query.get()));
    matches.addAll(matches(to, query.get()));
    return DiffScope.restrict(diff, matches::contains);
  }

  private static List<ServiceRecord> matches(Registry registry, SearchQuery query) {
    return RegistrySearch.of(RegistryIndex.of(registry)).matches(query).stream()
        .map(SearchRow::record)
        .toList();
  }

  private int write(Diff diff, OutputFormat output) throws IOException {
    return write(diff, output, main.out());
  }

  /** Writes {@code diff} as text fitted to the terminal, or as JSON. */
  static int write(Diff diff, OutputFormat output, OutputStream stream) throws IOException {
    if (output == OutputFormat.JSON) {
      DiffFormat.writeJson(diff, stream);
    } else {
      PrintStream out = new PrintStream(stream, false, StandardCharsets.UTF_8);
      WordWrap.print(out, DiffFormat.text(diff), TerminalWidth.get());
      out.flush();
    }
    return ExitCodes.OK;
  }
}
