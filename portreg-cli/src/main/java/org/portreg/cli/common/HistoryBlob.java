package org.portreg.cli.common;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.portreg.history.HistoryQuery;
import org.portreg.rules.ServiceNames;
import org.portreg.store.RecordRow;

/**
 * The {@link DbSnapshot}'s copy of a SQLite database's record rows ({@code history.bin}): every
 * record row of every version with the columns a history query selects on, and each version's id
 * and date, so that {@code db history} answers without JDBC ({@link
 * org.portreg.store.RecordHistory}). It records the database stamp it was taken at (before the
 * database was opened) and is used only while the database is exactly in that state. Mapped and
 * checksummed; written whole under a private name and renamed, by the full path of {@code db
 * history}; anything missing, stale or corrupt sends the command to its full path again.
 */
public final class HistoryBlob {
  /** The file's name in the snapshot folder. */
  static final String FILE = "history.bin";

  private static final int MAGIC = 0x50524831; // "PRH1"
  private static final int NONE = -1;

  /**
   * Columns of ints, one value per row: from, to, sort key (high, low), name hash, low, high port,
   * then the offset and length of the name key, the transport and the body.
   */
  private static final int ROW_INTS = 13;

  private final ByteBuffer body;
  private final Map<Integer, LocalDate> versionDates;
  private final LocalDate oldest;
  private final int rows;
  private final int table;
  private final int texts;

  private HistoryBlob(ByteBuffer body, Map<Integer, LocalDate> dates, LocalDate oldest, int rows) {
    this.body = body;
    this.versionDates = dates;
    this.oldest = oldest;
    this.rows = rows;
    this.table = body.position();
    this.texts = StampedHeader.textsAfter(body, rows, ROW_INTS);
  }

  /**
   * The rows of {@code dbFile} kept under {@code cacheDir}, or null when there are none, they are
   * of another state of the database, or the file is corrupt.
   */
  public static HistoryBlob open(Path dbFile, Path cacheDir) {
    try {
      ByteBuffer body = StampedHeader.mapCurrent(dbFile, cacheDir, FILE, MAGIC);
      if (body == null) {
        return null;
      }
      Map<Integer, LocalDate> dates = new HashMap<>();
      LocalDate oldest = null;
      for (int i = body.getInt(); i > 0; i--) {
        int id = body.getInt();
        LocalDate date = LocalDate.ofEpochDay(body.getLong());
        dates.put(id, date);
        oldest = oldest == null || date.isBefore(oldest) ? date : oldest;
      }
      return oldest == null ? null : new HistoryBlob(body, dates, oldest, body.getInt());
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** The date of every stored version, by id. */
  public Map<Integer, LocalDate> versionDates() {
    return versionDates;
  }

  /** The date of the oldest stored version. */
  public LocalDate oldest() {
    return oldest;
  }

  /** The rows {@code query} selects, in the store's order ({@link RecordRow#matches}). */
  public List<RecordRow> select(HistoryQuery query) {
    List<RecordRow> selected = new ArrayList<>();
    if (query.name().isPresent()) {
      String key = ServiceNames.key(query.name().get());
      int hash = key.hashCode();
      for (int i = 0; i < rows; i++) {
        if (intAt(i, 4) == hash && key.equals(text(i, 7))) {
          selected.add(row(i));
        }
      }
      return selected;
    }
    int port = query.port().orElseThrow();
    for (int i = 0; i < rows; i++) {
      int low = intAt(i, 5);
      if (low != NONE && low <= port && intAt(i, 6) >= port) {
        RecordRow row = row(i);
        if (row.matches(query)) {
          selected.add(row);
        }
      }
    }
    return selected;
  }

  private int intAt(int row, int column) {
    return body.getInt(table + (column * rows + row) * 4);
  }

  private RecordRow row(int i) {
    long sortKey = ((long) intAt(i, 2) << 32) | (intAt(i, 3) & 0xffffffffL);
    return new RecordRow(
        intAt(i, 0),
        orNull(intAt(i, 1)),
        sortKey,
        text(i, 7),
        orNull(intAt(i, 5)),
        orNull(intAt(i, 6)),
        text(i, 9),
        text(i, 11));
  }

  private static Integer orNull(int value) {
    return value == NONE ? null : value;
  }

  /** The text whose offset is in {@code column} and length in the next, or null. */
  private String text(int row, int column) {
    int length = intAt(row, column + 1);
    if (length == NONE) {
      return null;
    }
    byte[] bytes = new byte[length];
    body.get(texts + intAt(row, column), bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /**
   * Writes the rows of {@code dbFile} as they stood at {@code stamp} (taken before the store was
   * opened) into its snapshot folder under {@code cacheDir}. Best effort, as the whole snapshot is.
   */
  public static void write(
      Path dbFile,
      Path cacheDir,
      DbSnapshot.Stamp stamp,
      Map<Integer, LocalDate> versionDates,
      List<RecordRow> rows) {
    StampedHeader.save(dbFile, cacheDir, stamp, FILE, () -> bytes(stamp, versionDates, rows));
  }

  private static byte[] bytes(
      DbSnapshot.Stamp stamp, Map<Integer, LocalDate> dates, List<RecordRow> rows)
      throws IOException {
    ByteArrayOutputStream text = new ByteArrayOutputStream();
    int[][] columns = columns(rows, text);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      StampedHeader.write(out, MAGIC, stamp);
      out.writeInt(dates.size());
      for (Map.Entry<Integer, LocalDate> e : dates.entrySet()) {
        out.writeInt(e.getKey());
        out.writeLong(e.getValue().toEpochDay());
      }
      out.writeInt(rows.size());
      for (int[] column : columns) {
        for (int value : column) {
          out.writeInt(value);
        }
      }
      text.writeTo(out);
    }
    return bytes.toByteArray();
  }

  /** The table's columns of {@code rows}; their texts are appended to {@code text}. */
  private static int[][] columns(List<RecordRow> rows, ByteArrayOutputStream text) {
    int[][] columns = new int[ROW_INTS][rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      RecordRow r = rows.get(i);
      columns[0][i] = r.validFrom();
      columns[1][i] = r.validTo() == null ? NONE : r.validTo();
      columns[2][i] = (int) (r.sortKey() >>> 32);
      columns[3][i] = (int) r.sortKey();
      columns[4][i] = r.nameKey() == null ? 0 : r.nameKey().hashCode();
      columns[5][i] = r.portLow() == null ? NONE : r.portLow();
      columns[6][i] = r.portHigh() == null ? NONE : r.portHigh();
      put(text, r.nameKey(), columns[7], columns[8], i);
      put(text, r.transport(), columns[9], columns[10], i);
      put(text, r.body(), columns[11], columns[12], i);
    }
    return columns;
  }

  private static void put(
      ByteArrayOutputStream text, String value, int[] offsets, int[] lengths, int row) {
    if (value == null) {
      offsets[row] = 0;
      lengths[row] = NONE;
      return;
    }
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    offsets[row] = text.size();
    lengths[row] = bytes.length;
    text.write(bytes, 0, bytes.length);
  }
}
