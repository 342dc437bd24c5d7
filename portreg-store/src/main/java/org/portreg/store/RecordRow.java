package org.portreg.store;

import java.util.Objects;
import org.portreg.history.HistoryQuery;
import org.portreg.rules.ServiceNames;

/**
 * One record row of the temporal store, as {@link Store#recordRows()} reads it: the versions it is
 * valid in, its place, the columns a history query selects on, and its XML text. What a copy of the
 * store kept outside the database (the command line's snapshot) needs to answer {@link
 * Store#history} itself, through {@link RecordHistory}.
 *
 * @param validFrom the id of the first version holding the row
 * @param validTo the id of the first version no longer holding it, or null while it is current
 * @param sortKey its place among the parts of a version
 * @param nameKey its service name lower-cased, or null when it has none
 * @param portLow the first port of its number, or null when it has none
 * @param portHigh the last port of its number, or null when it has none
 * @param transport its protocol's token, or null when it has none
 * @param body the record's XML element, as stored
 */
public record RecordRow(
    int validFrom,
    Integer validTo,
    long sortKey,
    String nameKey,
    Integer portLow,
    Integer portHigh,
    String transport,
    String body) {
  /** Checks the text is there. */
  public RecordRow {
    Objects.requireNonNull(body, "body");
  }

  /**
   * Whether a history query selects this row, as the store's own statements do: the service name
   * lower-cased equals the row's key, or the port lies in the row's range (and the transport, when
   * the query names one, is the row's).
   */
  public boolean matches(HistoryQuery query) {
    if (query.name().isPresent()) {
      return ServiceNames.key(query.name().get()).equals(nameKey);
    }
    int port = query.port().orElseThrow();
    if (portLow == null || portHigh == null || portLow > port || portHigh < port) {
      return false;
    }
    return query.transport().isEmpty() || query.transport().get().token().equals(transport);
  }
}
