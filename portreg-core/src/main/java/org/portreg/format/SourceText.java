package org.portreg.format;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.portreg.error.RegistryFormatException;

/** Turns input bytes into text: gunzips when needed and decodes strict UTF-8. */
public final class SourceText {
  private SourceText() {}

  /** Whether the bytes start with the gzip magic number. */
  public static boolean isGzip(byte[] bytes) {
    return bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b;
  }

  /**
   * The bytes, gunzipped if they are gzip, within the default limit ({@link
   * ReadOptions#DEFAULT_MAX_INPUT_BYTES}).
   *
   * @throws org.portreg.error.RegistryFormatException when the gzip stream is broken or the input
   *     is past the limit
   */
  public static byte[] gunzipIfNeeded(byte[] bytes, String source) {
    return gunzipIfNeeded(bytes, source, ReadOptions.DEFAULT_MAX_INPUT_BYTES);
  }

  /**
   * The bytes, gunzipped if they are gzip. Decompression stops as soon as the output passes {@code
   * limit}, so the memory used is bounded by the limit, not by what the data would expand to.
   *
   * @throws org.portreg.error.RegistryFormatException when the gzip stream is broken, or the
   *     (decompressed) input is larger than {@code limit} bytes; the message names the limit
   */
  public static byte[] gunzipIfNeeded(byte[] bytes, String source, long limit) {
    if (!isGzip(bytes)) {
      if (bytes.length > limit) {
        throw tooLarge(source, "input", limit);
      }
      return bytes;
    }
    BoundedBytes out = new BoundedBytes(source, "decompressed input", limit);
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes), 1 << 16)) {
      out.readAll(in);
      return out.toArray();
    } catch (IOException e) {
      throw new ProblemCollector(source, ReadOptions.STRICT)
          .fatal(
              0,
              0,
              "broken or truncated gzip data after "
                  + out.size()
                  + " decompressed bytes (no line or column: the fault is in the compressed"
                  + " bytes): "
                  + e.getMessage(),
              e);
    }
  }

  /**
   * The bytes of {@code file}, refused unread when it is larger than {@code limit} (a gzip past the
   * limit would be refused after decompression anyway: it never shrinks data that much).
   *
   * @throws org.portreg.error.RegistryFormatException naming the file and the limit
   */
  public static byte[] readFile(Path file, long limit) throws IOException {
    if (Files.size(file) > limit) {
      throw tooLarge(file.toString(), "file", limit);
    }
    return Files.readAllBytes(file);
  }

  /**
   * The bytes of {@code in}, read in chunks and refused as soon as they pass {@code limit}.
   *
   * @throws org.portreg.error.RegistryFormatException naming {@code source} and the limit
   */
  public static byte[] readAll(InputStream in, String source, long limit) throws IOException {
    BoundedBytes out = new BoundedBytes(source, "input", limit);
    out.readAll(in);
    return out.toArray();
  }

  /** The problem of input past the limit; {@code what} is "input" or "decompressed input". */
  public static RegistryFormatException tooLarge(String source, String what, long limit) {
    return new ProblemCollector(source, ReadOptions.STRICT)
        .fatal(
            0,
            0,
            what
                + " is larger than the limit of "
                + describeLimit(limit)
                + " (refused while reading, so no line or column)",
            null);
  }

  /** {@code 64 MiB (67108864 bytes)}, or just the bytes when not a whole number of MiB. */
  static String describeLimit(long limit) {
    return limit % (1 << 20) == 0 ? (limit >> 20) + " MiB (" + limit + " bytes)" : limit + " bytes";
  }

  /**
   * Checks that the bytes are valid UTF-8 without decoding them into one string (a window of 8 Ki
   * characters is reused), and returns where the text starts: 3 after a UTF-8 byte-order mark, else
   * 0.
   *
   * @throws org.portreg.error.RegistryFormatException naming line and column of the first invalid
   *     byte
   */
  public static int checkUtf8(byte[] bytes, String source) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer window = CharBuffer.allocate(8192);
    CoderResult result = decoder.decode(in, window, true);
    while (result.isOverflow()) {
      window.clear();
      result = decoder.decode(in, window, true);
    }
    if (result.isError()) {
      int at = in.position();
      throw new ProblemCollector(source, ReadOptions.STRICT)
          .fatal(lineOf(bytes, at), columnOf(bytes, at), "invalid UTF-8 byte sequence", null);
    }
    boolean bom =
        bytes.length >= 3
            && (bytes[0] & 0xff) == 0xef
            && (bytes[1] & 0xff) == 0xbb
            && (bytes[2] & 0xff) == 0xbf;
    return bom ? 3 : 0;
  }

  /**
   * Decodes UTF-8 strictly (a leading byte-order mark is dropped).
   *
   * @throws org.portreg.error.RegistryFormatException naming line and column of the first invalid
   *     byte
   */
  public static String decodeUtf8(byte[] bytes, String source) {
    int start = checkUtf8(bytes, source);
    return new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
  }

  /** Gunzips if needed within {@code limit} bytes, then decodes UTF-8 strictly. */
  public static String textOf(byte[] bytes, String source, long limit) {
    return decodeUtf8(gunzipIfNeeded(bytes, source, limit), source);
  }

  /** Gunzips if needed, then decodes UTF-8 strictly. */
  public static String textOf(byte[] bytes, String source) {
    return textOf(bytes, source, ReadOptions.DEFAULT_MAX_INPUT_BYTES);
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
