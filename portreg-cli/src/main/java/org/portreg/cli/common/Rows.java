package org.portreg.cli.common;

import java.util.Locale;
import org.portreg.format.RecordColumns;
import org.portreg.format.json.JsonFormat;
import org.portreg.model.RecordStatus;
import org.portreg.model.ServiceRecord;

/** Turns model records into printable {@link Row}s. */
public final class Rows {
  private Rows() {}

  /** The row of {@code record}, whose status is {@code kind}. */
  public static Row of(ServiceRecord record, RecordStatus kind) {
    return new Row(
        RecordColumns.of(record).toArray(new String[0]),
        statusWord(kind),
        JsonFormat.recordJson(record));
  }

  private static String statusWord(RecordStatus kind) {
    return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
