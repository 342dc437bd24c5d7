package org.portreg.format.csv;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.portreg.format.ReadOptions;
import org.portreg.format.ReadResult;
import org.portreg.format.SourceText;
import org.portreg.model.Registry;

/**
 * IANA's 12-column CSV. Writing a registry read from IANA's XML gives the CSV IANA published for
 * that date, byte for byte; reading a CSV recovers what its columns carry (the losses are listed in
 * {@code docs/formats.md}), and writing it again gives the same bytes. Thread-safe, stateless.
 */
public final class CsvFormat {
  /** The format's name. */
  public static final String NAME = "csv";

  private CsvFormat() {}

  /**
   * Writes the registry's records as IANA's CSV (UTF-8, no byte-order mark, CRLF after each row,
   * bare LF inside quoted fields) to {@code out}; does not close it.
   *
   * @throws UncheckedIOException when {@code out} fails
   */
  public static void write(Registry registry, OutputStream out) {
    try {
      CsvWriter.write(registry, out);
    } catch (IOException e) {
      throw new UncheckedIOException("writing CSV: " + e.getMessage(), e);
    }
  }

  /** The registry as IANA's CSV bytes. */
  public static byte[] write(Registry registry) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(2 << 20);
    write(registry, out);
    return out.toByteArray();
  }

  /**
   * Reads CSV bytes (gzipped or not).
   *
   * @param source the name of the input, shown in problems as {@code source:line:column}
   * @throws org.portreg.error.RegistryFormatException for invalid UTF-8 or an empty input, and in
   *     strict mode for the first problem (wrong column count, bad port, transport or date,
   *     unclosed quoted field, malformed bracket list)
   */
  public static ReadResult read(byte[] bytes, String source, ReadOptions options) {
    return readText(SourceText.textOf(bytes, source, options.maxInputBytes()), source, options);
  }

  /** Reads CSV that is already text; see {@link #read(byte[], String, ReadOptions)}. */
  public static ReadResult readText(String text, String source, ReadOptions options) {
    return CsvReader.read(text, source, options);
  }
}
