package org.portreg.cli.common;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * The header of a snapshot file that is valid only at one state of the database ({@link LocalBlob},
 * {@link HistoryBlob}): its magic number and the {@link DbSnapshot.Stamp} it was taken at.
 */
final class StampedHeader {
  private StampedHeader() {}

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
