package org.portreg.server.web.view;

import java.util.List;

/**
 * The registry page: search form, header block (collapsed), Available Formats, one page of the
 * records table and the Contact Information of the people it references.
 *
 * @param title the registry's title
 * @param updated the registry's Last Updated date, shown on the closed header block
 * @param header the header fields (Last Updated, Expert(s), Reference, Note, ...)
 * @param formats the downloads of this version
 * @param columns the records table's column headers
 * @param rows the rows of this page
 * @param pager the paging state
 * @param people the people the rows reference, sorted by ID
 * @param showOrg whether the Organization column is shown (one of the people has one)
 * @param footnotes the registry's footnotes, labelled by anchor
 * @param search the search text to show in the box, empty when none
 * @param action where the search form and pager point ({@code /} or a version's page)
 * @param error why the search query is malformed, shown instead of the table; null when it is not
 */
public record RegistryPage(
    String title,
    String updated,
    List<Field> header,
    List<Link> formats,
    List<String> columns,
    List<RecordRow> rows,
    Pager pager,
    List<PersonView> people,
    boolean showOrg,
    List<Field> footnotes,
    String search,
    String action,
    String error) {
  /** Copies the lists. */
  public RegistryPage {
    header = List.copyOf(header);
    formats = List.copyOf(formats);
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
    people = List.copyOf(people);
    footnotes = List.copyOf(footnotes);
  }
}
