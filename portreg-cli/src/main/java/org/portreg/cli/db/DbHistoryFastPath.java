package org.portreg.cli.db;

import java.io.OutputStream;
import java.util.List;
import org.portreg.cli.common.CacheDir;
import org.portreg.cli.common.DbSnapshot;
import org.portreg.cli.common.HistoryBlob;
import org.portreg.history.Change;
import org.portreg.history.HistoryQuery;
import org.portreg.store.RecordHistory;
import org.portreg.store.RecordRow;

/**
 * {@code db history QUERY} without picocli or JDBC, from the default database's record rows kept in
 * its snapshot ({@link HistoryBlob}), through the store's own change-log builder ({@link
 * RecordHistory}); anything else (an option, a query that does not parse or matches nothing, no
 * valid copy of the rows) goes to the full command, which says what is wrong and saves the rows.
 */
public final class DbHistoryFastPath {
  /** What {@link #tryRun} returns when it did not run the command. */
  public static final int NOT_HANDLED = -1;

  private DbHistoryFastPath() {}

  /** Runs {@code db history} when the snapshot allows it; else {@link #NOT_HANDLED}. */
  public static int tryRun(String[] args, OutputStream out) {
    if (args.length != 3
        || !"db".equals(args[0])
        || !"history".equals(args[1])
        || args[2].startsWith("-")) {
      return NOT_HANDLED;
    }
    HistoryQuery query;
    try {
      query = HistoryQuery.parse(args[2]);
    } catch (RuntimeException e) {
      return NOT_HANDLED;
    }
    HistoryBlob rows = HistoryBlob.open(DbSnapshot.defaultFile(), CacheDir.dir());
    if (rows == null) {
      return NOT_HANDLED;
    }
    List<RecordRow> selected = rows.select(query);
    if (selected.isEmpty()) {
      return NOT_HANDLED;
    }
    List<Change> changes = RecordHistory.changes(rows.versionDates(), selected);
    DbHistoryCommand.print(out, changes, rows.oldest());
    return 0;
  }
}
