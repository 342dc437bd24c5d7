package org.portreg.cli.registry;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.portreg.cli.common.ExitCodes;
import org.portreg.cli.common.FormatOption;
import org.portreg.cli.common.OutputFormat;
import org.portreg.cli.common.RegistryOption;
import org.portreg.cli.common.Terminal;
import org.portreg.cli.common.UserInput;
import org.portreg.index.RegistryIndex;
import org.portreg.local.LocalAssignment;
import org.portreg.search.RegistrySearch;
import org.portreg.search.SearchPage;
import org.portreg.search.SearchQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code portreg search QUERY [--page N | --all] [--registry FILE] [--format table|json|csv]}. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Search the registry as IANA's search does: every term must match one of a record's twelve"
          + " fields; a bare term as a substring, a \"quoted\" one as whole words.",
      "Structured terms: port:80 port:4539-4544 proto:sctp status:unassigned name:http*"
          + " assignee:IESG ref:rfc9110 updated:>=2025-01-01.",
      "From the database, the local assignments the query matches follow (first page, --all),"
          + " marked as local (see docs/local.md)."
    })
public final class SearchCommand implements Callable<Integer> {
  @ParentCommand private Terminal main;
  @Mixin private RegistryOption registry;

  @Parameters(arity = "1..*", paramLabel = "QUERY", description = "Query terms (joined by spaces).")
  private List<String> terms;

  @Option(names = "--page", paramLabel = "N", defaultValue = "1", description = "Page (100 rows).")
  private int page;

  @Option(
      names = "--all",
      description = "Every matching row at once, not a page of 100 (for scripts; with any format).")
  private boolean all;

  @Mixin
  private FormatOption format =
      new FormatOption(
          "table (default), json or csv.", OutputFormat.TABLE, OutputFormat.JSON, OutputFormat.CSV);

  @Override
  public Integer call() {
    OutputFormat output = format.get();
    SearchQuery query = UserInput.check(() -> SearchQuery.parse(String.join(" ", terms)));
    RegistryIndex index = registry.index();
    RegistrySearch search = RegistrySearch.of(index);
    SearchPage result = all ? search.all(query) : UserInput.check(() -> search.search(query, page));
    List<LocalAssignment> local =
        SearchOutput.localMatches(registry.overlay().entries(), query, page, all);
    PrintStream out = new PrintStream(main.out(), false, StandardCharsets.UTF_8);
    SearchOutput.print(out, result, local, output);
    out.flush();
    return ExitCodes.OK;
  }
}
