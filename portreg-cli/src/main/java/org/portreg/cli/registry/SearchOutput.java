package org.portreg.cli.registry;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.portreg.cli.common.OutputFormat;
import org.portreg.cli.common.Row;
import org.portreg.cli.common.RowOutput;
import org.portreg.cli.common.Rows;
import org.portreg.cli.common.TerminalWidth;
import org.portreg.error.NotFoundException;
import org.portreg.format.json.JsonFormat;
import org.portreg.index.CompactIndex;
import org.portreg.local.LocalAssignment;
import org.portreg.local.LocalMatches;
import org.portreg.model.Person;
import org.portreg.search.SearchPage;
import org.portreg.search.SearchQuery;
import org.portreg.search.SearchRow;
import org.portreg.search.SearchSnapshot;

/**
 * How {@code search} prints a page of results, shared by its full and cold paths: IANA's rows, then
 * the local assignments the query matches, marked as local ({@link LocalSection}). The local ones
 * come with the first page (and with {@code --all}), not paged: an organisation's own registry is
 * small, and IANA's row counts stay IANA's.
 */
final class SearchOutput {
  private SearchOutput() {}

  /** The local assignments of {@code local} that {@code query} matches, for page {@code page}. */
  static List<LocalAssignment> localMatches(
      List<LocalAssignment> local, SearchQuery query, int page, boolean all) {
    return all || page == 1 ? LocalMatches.search(local, query) : List.of();
  }

  /**
   * Prints {@code result} and the matching local entries {@code local} in {@code output}.
   *
   * @throws NotFoundException for a page past the end
   */
  static void print(
      PrintStream out, SearchPage result, List<LocalAssignment> local, OutputFormat output) {
    List<Row> rows = new ArrayList<>();
    for (SearchRow r : result.rows()) {
      Row row = Rows.of(r.record(), r.kind());
      rows.add(
          r.synthesized() ? new Row(row.columns(), "unassigned (no record)", row.json()) : row);
    }
    print(out, Meta.of(result), rows, local, output);
  }

  /**
   * Prints a page the snapshot answered from text alone: its rows are the index's.
   *
   * @throws NotFoundException for a page past the end
   */
  static void print(
      PrintStream out,
      SearchSnapshot.TextPage result,
      CompactIndex index,
      List<LocalAssignment> local,
      OutputFormat output) {
    List<Row> rows = new ArrayList<>();
    for (int ordinal : result.ordinals()) {
      rows.add(new Row(index.columns(ordinal), index.statusWord(ordinal), index.json(ordinal)));
    }
    print(
        out,
        new Meta(
            result.query(),
            result.page(),
            result.pageCount(),
            result.total(),
            result.contacts(),
            result.showOrganization()),
        rows,
        local,
        output);
  }

  /** What a page says of itself besides its rows. */
  private record Meta(
      String query,
      int page,
      int pageCount,
      int total,
      List<Person> contacts,
      boolean showOrganization) {
    static Meta of(SearchPage page) {
      return new Meta(
          page.query(),
          page.page(),
          page.pageCount(),
          page.total(),
          page.contacts(),
          page.showOrganization());
    }
  }

  private static void print(
      PrintStream out,
      Meta result,
      List<Row> rows,
      List<LocalAssignment> local,
      OutputFormat output) {
    requireExistingPage(result);
    switch (output) {
      case CSV -> LocalSection.csv(out, rows, local);
      case JSON -> out.println(json(result, rows, local));
      default -> table(out, result, rows, local);
    }
  }

  /** A page past the end is not found, as on the web, with how many pages there are. */
  private static void requireExistingPage(Meta result) {
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

  private static void table(
      PrintStream out, Meta result, List<Row> rows, List<LocalAssignment> local) {
    int width = TerminalWidth.get();
    if (!rows.isEmpty()) {
      RowOutput.table(out, rows, width);
      out.println();
      contacts(out, result, width);
    }
    out.println(
        result.total() == 0
            ? "No " + (local.isEmpty() ? "" : "IANA ") + "records match '" + result.query() + "'."
            : "Page "
                + result.page()
                + " of "
                + result.pageCount()
                + " ("
                + result.total()
                + (result.total() == 1 ? " row)" : " rows)"));
    LocalSection.table(out, local, width, true);
  }

  private static void contacts(PrintStream out, Meta result, int width) {
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
    for (Person p : result.contacts()) {
      lines.add(contactCells(p, org));
    }
    RowOutput.columns(out, headers, lines, width);
  }

  private static String[] contactCells(Person p, boolean org) {
    String id = "[" + p.id() + "]";
    String name = p.name().orElse("");
    String uri = p.uri().orElse("");
    String updated = p.updated().isPresent() ? p.updated().get().toString() : "";
    return org
        ? new String[] {id, name, p.org().orElse(""), uri, updated}
        : new String[] {id, name, uri, updated};
  }

  /**
   * {@code {"query", "page", "pageCount", "total", "rows", "contacts"}}, and {@code "local"} (the
   * matching local entries, marked) when there are any.
   */
  private static String json(Meta result, List<Row> rows, List<LocalAssignment> local) {
    StringBuilder json = new StringBuilder("{\"query\":");
    RowOutput.jsonString(json, result.query());
    json.append(",\"page\":").append(result.page());
    json.append(",\"pageCount\":").append(result.pageCount());
    json.append(",\"total\":").append(result.total()).append(",\"rows\":");
    RowOutput.jsonRows(json, rows);
    json.append(",\"contacts\":[");
    for (int i = 0; i < result.contacts().size(); i++) {
      json.append(i == 0 ? "" : ",").append(JsonFormat.personJson(result.contacts().get(i)));
    }
    json.append(']');
    if (!local.isEmpty()) {
      json.append(",\"local\":");
      RowOutput.jsonRows(json, LocalSection.jsonRows(local));
    }
    return json.append('}').toString();
  }
}
