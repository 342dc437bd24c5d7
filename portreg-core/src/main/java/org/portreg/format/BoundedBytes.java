package org.portreg.format;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Collects a stream's bytes in chunks and refuses them as soon as they pass a limit, so a stream
 * that would expand without end costs at most the limit. Not thread-safe: one per read.
 */
final class BoundedBytes {
  private static final int CHUNK = 1 << 20;

  private final String source;
  private final String what;
  private final long limit;
  private final List<byte[]> chunks = new ArrayList<>();
  private long size;

  /** Bytes of {@code source}, called {@code what} ("input", "decompressed input") when refused. */
  BoundedBytes(String source, String what, long limit) {
    this.source = source;
    this.what = what;
    this.limit = limit;
  }

  /** Reads {@code in} to its end, or throws once more than the limit has been read. */
  void readAll(InputStream in) throws IOException {
    while (true) {
      byte[] chunk = new byte[(int) Math.min(CHUNK, limit - size + 1)];
      int n = in.readNBytes(chunk, 0, chunk.length);
      if (n == 0) {
        return;
      }
      size += n;
      if (size > limit) {
        chunks.clear();
        throw SourceText.tooLarge(source, what, limit);
      }
      chunks.add(n == chunk.length ? chunk : Arrays.copyOf(chunk, n));
    }
  }

  /** How many bytes were read so far. */
  long size() {
    return size;
  }

  /** The bytes read, in one array. */
  byte[] toArray() {
    byte[] all = new byte[(int) size];
    int at = 0;
    for (byte[] chunk : chunks) {
      System.arraycopy(chunk, 0, all, at, chunk.length);
      at += chunk.length;
    }
    return all;
  }
}
