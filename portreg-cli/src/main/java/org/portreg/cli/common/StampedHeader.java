package org.portreg.cli.common;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The header of a snapshot file that is valid only at one state of the database ({@link LocalBlob},
 * {@link HistoryBlob}, {@link PartsBlob}): its magic number and the {@link DbSnapshot.Stamp} it was
 * taken at; and the reading and writing those files share.
 */
final class StampedHeader {
  private StampedHeader() {}

  /** A file's bytes, made when it is written. */
  interface Body {
    byte[] bytes() throws IOException;
  }

  /**
   * The body of {@code fileName} in the snapshot folder of {@code dbFile} under {@code cacheDir},
   * mapped, checksummed and positioned after its header, when it was taken at the database's
   * current state; else null (none, another state, corrupt).
   */
  static ByteBuffer mapCurrent(Path dbFile, Path cacheDir, String fileName, int magic) {
    if (dbFile == null || cacheDir == null) {
      return null;
    }
    DbSnapshot.Stamp now = DbSnapshot.stamp(dbFile);
    ByteBuffer body =
        now == null
            ? null
            : DbSnapshot.map(DbSnapshot.dirOf(dbFile, cacheDir).resolve(fileName), true);
    return body != null && matches(body, magic, now.values()) ? body : null;
  }

  /**
   * Writes {@code body} as {@code fileName} in the snapshot folder of {@code dbFile}, whole under a
   * private name and renamed. Best effort: a read-only or full cache folder must not fail the read
   * that saves it.
   */
  static void save(Path dbFile, Path cacheDir, DbSnapshot.Stamp stamp, String fileName, Body body) {
    if (dbFile == null || cacheDir == null || stamp == null) {
      return;
    }
    try {
      byte[] bytes = body.bytes();
      Path dir = DbSnapshot.dirOf(dbFile, cacheDir);
      Files.createDirectories(dir);
      DbSnapshot.writeBlob(dir.resolve(fileName), bytes);
    } catch (IOException | RuntimeException e) {
      // A snapshot is an optimisation: the command answers without it.
    }
  }

  /**
   * Where the texts start after a table of {@code rows} rows of {@code rowInts} ints at {@code
   * body}'s position.
   *
   * @throws IllegalStateException when the body is too short for the table
   */
  static int textsAfter(ByteBuffer body, int rows, int rowInts) {
    int table = body.position();
    if (rows < 0 || (long) rows * rowInts * 4 > body.limit() - table) {
      throw new IllegalStateException("truncated");
    }
    return table + rows * rowInts * 4;
  }

  /** Writes {@code magic} and {@code stamp}. */
  static void write(DataOutputStream out, int magic, DbSnapshot.Stamp stamp) throws IOException {
    out.writeInt(magic);
    out.writeInt(stamp.values().length);
    for (long value : stamp.values()) {
      out.writeLong(value);
    }
  }

  /**
   * Reads the header at {@code body}'s position; whether it is {@code magic} with exactly {@code
   * stamp}. The position is after the header only when it is.
   */
  static boolean matches(ByteBuffer body, int magic, long[] stamp) {
    if (body.getInt() != magic || body.getInt() != stamp.length) {
      return false;
    }
    for (long value : stamp) {
      if (body.getLong() != value) {
        return false;
      }
    }
    return true;
  }
}
