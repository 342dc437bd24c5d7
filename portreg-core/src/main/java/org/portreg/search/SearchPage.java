package org.portreg.search;

import java.util.List;
import java.util.Objects;
import org.portreg.model.Person;

/**
 * One page of a search result, as the registry's result page shows it.
 *
 * @param query the query text
 * @param page the page number, from 1
 * @param pageSize the rows per page (100)
 * @param total how many rows match in all pages
 * @param rows this page's rows, in registry order
 * @param contacts exactly the people this page's rows reference, sorted by ID
 * @param showOrganization whether one of the contacts has an organization, so the contact table has
 *     an Organization column
 */
public record SearchPage(
    String query,
    int page,
    int pageSize,
    int total,
    List<SearchRow> rows,
    List<Person> contacts,
    boolean showOrganization) {
  /** Copies the lists and checks no component is null. */
  public SearchPage {
    Objects.requireNonNull(query, "query");
    rows = List.copyOf(rows);
    contacts = List.copyOf(contacts);
  }

  /** How many pages the whole result has (at least 1). */
  public int pageCount() {
    return Math.max(1, (total + pageSize - 1) / pageSize);
  }
}
