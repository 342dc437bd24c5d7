package org.portreg.cli.common;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.portreg.store.PartTable;
import org.portreg.store.StoredVersion;

/**
 * The {@link DbSnapshot}'s copy of a SQLite database's part rows ({@code parts.bin}): every row of
 * every version in registry order with the versions that hold it and its text, and every version's
 * id, date and frame, so that {@code diff DATE DATE} compares two versions without JDBC ({@link
 * PartTable#diff}). It records the database stamp it was taken at (before the database was opened)
 * and is used only while the database is exactly in that state. Mapped and checksummed; written
 * whole under a private name and renamed by the full path of {@code diff}; anything missing, stale
 * or corrupt sends the command to its full path again.
 */
public final class PartsBlob implements PartTable {
  /** The file's name in the snapshot folder. */
  static final String FILE = "parts.bin";

  private static final int MAGIC = 0x50525031; // "PRP1"
  private static final String[] KINDS = {RECORD, PERSON, FOOTNOTE, ELEMENT};

  /** Columns of ints, one value per row: id (high, low), from, to, kind, text offset, length. */
  private static final int ROW_INTS = 7;

  private final ByteBuffer body;
  private final List<LocalDate> dates;
  private final int[] ids;
  private final Frames frames;
  private final int rows;
  private final int table;
  private final int texts;

  private PartsBlob(ByteBuffer body, List<LocalDate> dates, int[] ids, Frames f) {
    this.body = body;
    this.dates = dates;
    this.ids = ids;
    this.frames = f;
    this.rows = body.getInt();
    this.table = body.position();
    this.texts = StampedHeader.textsAfter(body, rows, ROW_INTS);
  }

  /**
   * The rows of {@code dbFile} kept under {@code cacheDir}, or null when there are none, they are
   * of another state of the database, or the file is corrupt.
   */
  public static PartsBlob open(Path dbFile, Path cacheDir) {
    try {
      ByteBuffer body = StampedHeader.mapCurrent(dbFile, cacheDir, FILE, MAGIC);
      if (body == null) {
        return null;
      }
      int count = body.getInt();
      List<LocalDate> dates = new ArrayList<>(count);
      int[] ids = new int[count];
      Frames.Builder frames = new Frames.Builder();
      for (int i = 0; i < count; i++) {
        ids[i] = body.getInt();
        dates.add(LocalDate.ofEpochDay(body.getLong()));
        frames.put(ids[i], DbSnapshot.text(body), DbSnapshot.text(body));
      }
      return new PartsBlob(body, List.copyOf(dates), ids, frames.build());
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** The date of every stored version, in the store's order (oldest first). */
  public List<LocalDate> dates() {
    return dates;
  }

  /** The store's id of the version at {@code index} in {@link #dates}'s order. */
  public int versionId(int index) {
    return ids[index];
  }

  @Override
  public int size() {
    return rows;
  }

  @Override
  public long id(int row) {
    return ((long) intAt(row, 0) << 32) | (intAt(row, 1) & 0xffffffffL);
  }

  @Override
  public String kind(int row) {
    return KINDS[intAt(row, 4)];
  }

  @Override
  public int validFrom(int row) {
    return intAt(row, 2);
  }

  @Override
  public int validTo(int row) {
    return intAt(row, 3);
  }

  @Override
  public String body(int row) {
    byte[] bytes = new byte[intAt(row, 6)];
    body.get(texts + intAt(row, 5), bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  @Override
  public Frames frames() {
    return frames;
  }

  private int intAt(int row, int column) {
    return body.getInt(table + (column * rows + row) * 4);
  }

  /**
   * Writes {@code parts} and {@code versions}, read from the store on {@code dbFile} as it stood at
   * {@code stamp} (taken before the store was opened), into its snapshot folder under {@code
   * cacheDir}. Best effort, as the whole snapshot is.
   */
  public static void write(
      Path dbFile,
      Path cacheDir,
      DbSnapshot.Stamp stamp,
      List<StoredVersion> versions,
      PartTable parts) {
    StampedHeader.save(dbFile, cacheDir, stamp, FILE, () -> bytes(stamp, versions, parts));
  }

  private static byte[] bytes(DbSnapshot.Stamp stamp, List<StoredVersion> versions, PartTable parts)
      throws IOException {
    ByteArrayOutputStream text = new ByteArrayOutputStream();
    int[][] columns = columns(parts, text);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      StampedHeader.write(out, MAGIC, stamp);
      out.writeInt(versions.size());
      for (StoredVersion v : versions) {
        out.writeInt(v.id());
        out.writeLong(v.updated().toEpochDay());
        DbSnapshot.text(out, parts.prefix(v.id()));
        DbSnapshot.text(out, parts.suffix(v.id()));
      }
      out.writeInt(parts.size());
      for (int[] column : columns) {
        for (int value : column) {
          out.writeInt(value);
        }
      }
      text.writeTo(out);
    }
    return bytes.toByteArray();
  }

  /** The table's columns; each row's text is appended to {@code text}. */
  private static int[][] columns(PartTable parts, ByteArrayOutputStream text) {
    int n = parts.size();
    int[][] columns = new int[ROW_INTS][n];
    for (int i = 0; i < n; i++) {
      long id = parts.id(i);
      columns[0][i] = (int) (id >>> 32);
      columns[1][i] = (int) id;
      columns[2][i] = parts.validFrom(i);
      columns[3][i] = parts.validTo(i);
      columns[4][i] = kindIndex(parts.kind(i));
      byte[] bytes = parts.body(i).getBytes(StandardCharsets.UTF_8);
      columns[5][i] = text.size();
      columns[6][i] = bytes.length;
      text.write(bytes, 0, bytes.length);
    }
    return columns;
  }

  /** The index of {@code kind} in {@link #KINDS}. */
  private static int kindIndex(String kind) {
    for (int k = 0; k < KINDS.length; k++) {
      if (KINDS[k].equals(kind)) {
        return k;
      }
    }
    throw new IllegalArgumentException("no such kind of row: " + kind);
  }
}
