package org.portreg.format;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

/** Turns input bytes into text: gunzips when needed and decodes strict UTF-8. */
public final class SourceText {
  private SourceText() {}

  /** Whether the bytes start with the gzip magic number. */
  public static boolean isGzip(byte[] bytes) {
    return bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b;
  }

  /**
   * The bytes, gunzipped if they are gzip.
   *
   * @throws org.portreg.error.RegistryFormatException when the gzip stream is broken
   */
  public static byte[] gunzipIfNeeded(byte[] bytes, String source) {
    if (!isGzip(bytes)) {
      return bytes;
    }
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new ProblemCollector(source, ReadOptions.STRICT)
          .fatal(0, 0, "broken or truncated gzip data: " + e.getMessage(), e);
    }
  }

  /**
   * Decodes UTF-8 strictly (a leading byte-order mark is dropped).
   *
   * @throws org.portreg.error.RegistryFormatException naming line and column of the first invalid
   *     byte
   */
  public static String decodeUtf8(byte[] bytes, String source) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int at = in.position();
      throw new ProblemCollector(source, ReadOptions.STRICT)
          .fatal(lineOf(bytes, at), columnOf(bytes, at), "invalid UTF-8 byte sequence", null);
    }
    decoder.flush(out);
    out.flip();
    String text = out.toString();
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /** Gunzips if needed, then decodes UTF-8 strictly. */
  public static String textOf(byte[] bytes, String source) {
    return decodeUtf8(gunzipIfNeeded(bytes, source), source);
  }

  private static int lineOf(byte[] bytes, int at) {
    int line = 1;
    for (int i = 0; i < at; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  private static int columnOf(byte[] bytes, int at) {
    int column = 1;
    for (int i = at - 1; i >= 0 && bytes[i] != '\n'; i--) {
      if ((bytes[i] & 0xc0) != 0x80) {
        column++;
      }
    }
    return column;
  }

  /** Wraps an I/O failure of reading {@code source}. */
  public static UncheckedIOException ioFailure(String source, IOException e) {
    return new UncheckedIOException(source + ": " + e.getMessage(), e);
  }
}
