package org.portreg.cli.registry;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.portreg.cli.common.ExitCodes;
import org.portreg.cli.common.FormatOption;
import org.portreg.cli.common.OutputFormat;
import org.portreg.cli.common.RegistryOption;
import org.portreg.cli.common.Row;
import org.portreg.cli.common.RowOutput;
import org.portreg.cli.common.Rows;
import org.portreg.cli.common.Terminal;
import org.portreg.cli.common.UserInput;
import org.portreg.error.NotFoundException;
import org.portreg.index.RegistryIndex;
import org.portreg.model.Person;
import org.portreg.search.RegistrySearch;
import org.portreg.search.SearchPage;
import org.portreg.search.SearchQuery;
import org.portreg.search.SearchRow;
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
          + " assignee:IESG ref:rfc9110 updated:>=2025-01-01."
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
    requireExistingPage(result);
    List<Row> rows = new ArrayList<>();
    for (SearchRow r : result.rows()) {
      Row row = Rows.of(r.record(), r.kind());
      rows.add(r.synthesized() ? new Row(row.columns(), "unassigned (no record)") : row);
    }
    PrintStream out = new PrintStream(main.out(), false, StandardCharsets.UTF_8);
    switch (output) {
      case CSV -> RowOutput.csv(out, rows);
      case JSON -> out.println(json(result, rows));
      default -> table(out, result, rows);
    }
    out.flush();
    return ExitCodes.OK;
  }

  /** A page past the end is not found, as on the web, with how many pages there are. */
  private static void requireExistingPage(SearchPage result) {
    if (result.total() > 0 && result.page() > result.pageCount()) {
      throw new NotFoundException(
          "there is no page "
              + result.page()
              + ": '"
              + result.query()
              + "' has "
              + result.pageCount()
              + (result.pageCount() == 1 ? " page" : " pages")
              + " ("
              + result.total()
              + " rows); --all shows every row");
    }
  }

  private static void table(PrintStream out, SearchPage result, List<Row> rows) {
    int width = RowOutput.terminalWidth(System.getenv("COLUMNS"));
    if (!rows.isEmpty()) {
      RowOutput.table(out, rows, width);
      out.println();
      contacts(out, result);
    }
    out.println(
        result.total() == 0
            ? "No records match '" + result.query() + "'."
            : "Page "
                + result.page()
                + " of "
                + result.pageCount()
                + " ("
                + result.total()
                + (result.total() == 1 ? " row)" : " rows)"));
  }

  private static void contacts(PrintStream out, SearchPage result) {
    if (result.contacts().isEmpty()) {
      return;
    }
    out.println("Contact Information");
    boolean org = result.showOrganization();
    String[] headers =
        org
            ? new String[] {"ID", "Name", "Organization", "Contact URI", "Last Updated"}
            : new String[] {"ID", "Name", "Contact URI", "Last Updated"};
    List<String[]> lines = new ArrayList<>();
    lines.add(headers);
    for (Person p : result.contacts()) {
      lines.add(contactCells(p, org));
    }
    int[] widths = new int[headers.length];
    for (String[] cells : lines) {
      for (int i = 0; i < cells.length; i++) {
        widths[i] = Math.max(widths[i], cells[i].length());
      }
    }
    lines.forEach(cells -> RowOutput.line(out, cells, widths));
  }

  private static String[] contactCells(Person p, boolean org) {
    String id = "[" + p.id() + "]";
    String name = p.name().orElse("");
    String uri = p.uri().orElse("");
    String updated = p.updated().map(Object::toString).orElse("");
    return org
        ? new String[] {id, name, p.org().orElse(""), uri, updated}
        : new String[] {id, name, uri, updated};
  }

  private static String json(SearchPage result, List<Row> rows) {
    StringBuilder json = new StringBuilder("{\"query\":");
    RowOutput.jsonString(json, result.query());
    json.append(",\"page\":").append(result.page());
    json.append(",\"pageCount\":").append(result.pageCount());
    json.append(",\"total\":").append(result.total()).append(",\"rows\":");
    RowOutput.jsonRows(json, rows);
    json.append(",\"contacts\":[");
    for (int i = 0; i < result.contacts().size(); i++) {
      Person p = result.contacts().get(i);
      json.append(i == 0 ? "" : ",").append("{\"id\":");
      RowOutput.jsonString(json, p.id());
      field(json, "name", p.name().orElse(null));
      field(json, "organization", p.org().orElse(null));
      field(json, "contactUri", p.uri().orElse(null));
      field(json, "lastUpdated", p.updated().map(Object::toString).orElse(null));
      json.append('}');
    }
    return json.append("]}").toString();
  }

  private static void field(StringBuilder json, String key, String value) {
    if (value != null) {
      json.append(",\"").append(key).append("\":");
      RowOutput.jsonString(json, value);
    }
  }
}
