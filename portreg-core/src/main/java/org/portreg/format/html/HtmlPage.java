package org.portreg.format.html;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.portreg.model.Registry;
import org.portreg.model.ServiceRecord;

/**
 * What one HTML page shows: the registry's header, some of its rows (all of them, or one page of
 * search results) and the contact table of the people those rows name. Immutable, thread-safe.
 *
 * @param registry the registry the rows come from (header and people table)
 * @param rows the rows to show, in order
 * @param search the query and page position, when the page shows search results
 * @param links where names, ports and pages link
 * @param stylesheetHref the URL of {@link HtmlFormat#STYLESHEET} when the server serves it; when
 *     absent, the stylesheet is embedded in a {@code style} element
 */
public record HtmlPage(
    Registry registry,
    List<ServiceRecord> rows,
    Optional<Search> search,
    LinkPolicy links,
    Optional<String> stylesheetHref) {

  /**
   * A page of search results.
   *
   * @param query the query as the user typed it
   * @param page this page, 1-based
   * @param pages how many pages there are, at least 1
   * @param matches how many rows match in all
   */
  public record Search(String query, int page, int pages, int matches) {
    /** Checks the page lies within the pages. */
    public Search {
      Objects.requireNonNull(query, "query");
      if (pages < 1 || page < 1 || page > pages) {
        throw new IllegalArgumentException("page must be in 1.." + pages + ", was " + page);
      }
      if (matches < 0) {
        throw new IllegalArgumentException("matches must not be negative, was " + matches);
      }
    }
  }

  /** Copies the rows and checks no component is null. */
  public HtmlPage {
    Objects.requireNonNull(registry, "registry");
    rows = List.copyOf(rows);
    Objects.requireNonNull(search, "search");
    Objects.requireNonNull(links, "links");
    Objects.requireNonNull(stylesheetHref, "stylesheetHref");
  }

  /** The whole registry as a file: every row, no links, the stylesheet embedded. */
  public static HtmlPage of(Registry registry) {
    return new HtmlPage(
        registry, registry.records(), Optional.empty(), LinkPolicy.NONE, Optional.empty());
  }
}
