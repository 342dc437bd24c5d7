package org.portreg.cli;

import java.util.Locale;
import org.portreg.format.RecordColumns;
import org.portreg.model.RecordStatus;
import org.portreg.model.ServiceRecord;

/** Turns model records into printable {@link Row}s. */
final class Rows {
  private Rows() {}

  static Row of(ServiceRecord record, RecordStatus kind) {
    return new Row(RecordColumns.of(record).toArray(new String[0]), statusWord(kind));
  }

  static String statusWord(RecordStatus kind) {
    return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
