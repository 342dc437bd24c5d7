package org.portreg.server.web.view;

import java.util.List;

/**
 * A person's page: the Contact Information entry and the records that name the person.
 *
 * @param person the person
 * @param registryTitle the registry's title, for the breadcrumb
 * @param updated the registry version's Last Updated date
 * @param columns the records table's headers
 * @param rows the records naming the person, in registry order
 */
public record PersonPage(
    PersonView person,
    String registryTitle,
    String updated,
    List<String> columns,
    List<RecordRow> rows) {
  /** Copies the lists. */
  public PersonPage {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
  }
}
