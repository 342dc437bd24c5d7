package org.portreg.format.txt;

import java.nio.charset.StandardCharsets;
import org.portreg.format.ReadOptions;
import org.portreg.format.ReadResult;
import org.portreg.format.SourceText;
import org.portreg.model.Registry;

/**
 * The registry as plain text: reads IANA's {@code .txt} (a text browser's rendering of the registry
 * page) and writes a clean fixed-width rendering in the same style. Thread-safe, stateless.
 *
 * <p>Reading recovers the twelve columns of every record, the header and the Contact Information
 * table. The text loses what the page never shows: xref kinds (guessed from their shape), line
 * breaks versus wrapping (a blank line is read as a paragraph break), the registry's category, and
 * the structure of people's contact details.
 */
public final class TxtFormat {
  /** The default line width of {@link #write(Registry)}: an 80-column terminal. */
  public static final int DEFAULT_WIDTH = 80;

  /** The narrowest width the twelve columns can share. */
  public static final int MIN_WIDTH = TxtWriter.MIN_WIDTH;

  private TxtFormat() {}

  /**
   * Reads text bytes (gzipped or not) with the given options.
   *
   * @param source the name of the input, shown in problems
   * @throws org.portreg.error.RegistryFormatException for invalid UTF-8, a page without a records
   *     table, and for any problem in strict mode
   */
  public static ReadResult read(byte[] bytes, String source, ReadOptions options) {
    return readText(SourceText.textOf(bytes, source, options.maxInputBytes()), source, options);
  }

  /** Reads text that is already decoded; see {@link #read(byte[], String, ReadOptions)}. */
  public static ReadResult readText(String text, String source, ReadOptions options) {
    return TxtReader.read(text, source, options);
  }

  /** Writes the registry {@value #DEFAULT_WIDTH} columns wide. */
  public static String writeText(Registry registry) {
    return writeText(registry, DEFAULT_WIDTH);
  }

  /**
   * Writes the registry as text no line of which is longer than {@code width} characters.
   *
   * @throws IllegalArgumentException when {@code width} is below {@link #MIN_WIDTH}
   */
  public static String writeText(Registry registry, int width) {
    return new TxtWriter(width).write(registry);
  }

  /**
   * The narrowest width at which the registry's tables are written as tables, every column as wide
   * as its longest word; in a narrower width they are written as one block per record (or person),
   * which the text reader does not read back.
   */
  public static int tableWidth(Registry registry) {
    return TxtWriter.tableWidth(registry);
  }

  /**
   * Writes the registry as tables, {@link #DEFAULT_WIDTH} wide or {@link #tableWidth} if that is
   * wider, as UTF-8 bytes: a download that reads back with the text reader.
   */
  public static byte[] writeTables(Registry registry) {
    return write(registry, Math.max(DEFAULT_WIDTH, tableWidth(registry)));
  }

  /** Writes the registry {@value #DEFAULT_WIDTH} columns wide as UTF-8 bytes. */
  public static byte[] write(Registry registry) {
    return write(registry, DEFAULT_WIDTH);
  }

  /** Writes the registry {@code width} columns wide as UTF-8 bytes. */
  public static byte[] write(Registry registry, int width) {
    return writeText(registry, width).getBytes(StandardCharsets.UTF_8);
  }
}
