package org.portreg.server.web.view;

import java.util.List;
import java.util.Objects;

/**
 * The page of one service or one port: a summary of its records, the status per transport (ports
 * only), its records as a table of the short fields with the long ones (notes, long descriptions)
 * below it as cards, and its change log when the server has history.
 *
 * @param title the page title
 * @param heading the {@code h1} text: the service name or {@code Port N}
 * @param notes sentences shown under the heading (historic-name alias, port range), may be empty
 * @param summary what the records say together: ports and transports, status, people, dates,
 *     references
 * @param statuses the status per transport (ports only; empty for a service)
 * @param columns the records table's column headers
 * @param rows the records, short fields only
 * @param cards the long fields of the records that have some, each card anchored from its row
 * @param history the change log, oldest first
 * @param hasHistory whether the server keeps history (else the list is not shown)
 */
public record DetailPage(
    String title,
    String heading,
    List<String> notes,
    List<Field> summary,
    List<TransportStatus> statuses,
    List<String> columns,
    List<RecordRow> rows,
    List<RecordCard> cards,
    List<HistoryItem> history,
    boolean hasHistory) {
  /** Copies the lists and checks the texts are present. */
  public DetailPage {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(heading, "heading");
    notes = List.copyOf(notes);
    summary = List.copyOf(summary);
    cards = List.copyOf(cards);
    statuses = List.copyOf(statuses);
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
    history = List.copyOf(history);
  }

  /**
   * The long fields of one record, shown below the records table.
   *
   * @param id the element id its row links to ({@code record-2})
   * @param title the record in words ({@code https 443/tcp})
   * @param fields the long fields: description, unauthorized use, notes
   */
  public record RecordCard(String id, String title, List<Field> fields) {
    /** Copies the fields. */
    public RecordCard {
      fields = List.copyOf(fields);
    }
  }

  /**
   * One transport's status of a port.
   *
   * @param transport the token ({@code tcp})
   * @param status {@code assigned}, {@code reserved}, {@code unassigned} or {@code dynamic}
   */
  public record TransportStatus(String transport, String status) {}

  /**
   * One entry of a change log.
   *
   * @param date the version date
   * @param kind {@code added}, {@code changed} or {@code removed}
   * @param text what changed, in words
   */
  public record HistoryItem(String date, String kind, String text) {}
}
