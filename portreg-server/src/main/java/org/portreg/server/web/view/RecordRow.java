package org.portreg.server.web.view;

import java.util.List;

/**
 * A row of a records table: one list of spans per column.
 *
 * @param cells the cells, in column order
 */
public record RecordRow(List<List<Span>> cells) {
  /** Copies the cells. */
  public RecordRow {
    cells = cells.stream().map(List::copyOf).toList();
  }
}
