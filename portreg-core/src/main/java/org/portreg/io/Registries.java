package org.portreg.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.portreg.error.RegistryException;
import org.portreg.format.Format;
import org.portreg.format.ReadOptions;
import org.portreg.format.ReadResult;
import org.portreg.format.SourceText;
import org.portreg.format.csv.CsvFormat;
import org.portreg.format.excerpt.ExcerptFormat;
import org.portreg.format.html.HtmlFormat;
import org.portreg.format.json.JsonFormat;
import org.portreg.format.services.ServicesFormat;
import org.portreg.format.services.ServicesOptions;
import org.portreg.format.txt.TxtFormat;
import org.portreg.format.xml.XmlFormat;
import org.portreg.model.Registry;

/**
 * The facade for reading and writing registries in any format. Input format is detected from
 * content unless given. Thread-safe, stateless.
 */
public final class Registries {
  private Registries() {}

  /**
   * Reads a registry file (any readable format, gzipped or not) strictly.
   *
   * @throws org.portreg.error.RegistryFormatException for bad input, naming file, line and column
   * @throws UncheckedIOException when the file cannot be read
   */
  public static Registry read(Path file) {
    return read(file, Optional.empty(), ReadOptions.STRICT).registry();
  }

  /**
   * Reads a registry file in the given format, or the detected one when {@code from} is empty.
   *
   * @throws org.portreg.error.RegistryFormatException for bad input, and for input (the file, or
   *     what it decompresses to) larger than {@link ReadOptions#maxInputBytes()}
   */
  public static ReadResult read(Path file, Optional<Format> from, ReadOptions options) {
    byte[] bytes;
    try {
      bytes = SourceText.readFile(file, options.maxInputBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": " + e.getMessage(), e);
    }
    return read(bytes, file.toString(), from, options);
  }

  /** Reads registry bytes named {@code source}, in {@code from} or the detected format. */
  public static ReadResult read(
      byte[] bytes, String source, Optional<Format> from, ReadOptions options) {
    byte[] plain = SourceText.gunzipIfNeeded(bytes, source, options.maxInputBytes());
    Format format = from.orElseGet(() -> detect(plain));
    switch (format) {
      case XML:
        return XmlFormat.read(plain, source, options);
      case EXCERPT:
        return ExcerptFormat.readRegistry(plain, source, options);
      case CSV:
        return CsvFormat.read(plain, source, options);
      case JSON:
        return JsonFormat.read(plain, source, options);
      case TXT:
        return TxtFormat.read(plain, source, options);
      default:
        throw new RegistryException(source + ": reading " + format + " is not supported yet");
    }
  }

  /** The format of (already gunzipped) input, judged from its first characters. */
  public static Format detect(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 512), StandardCharsets.UTF_8);
    head = head.replace("\uFEFF", "").stripLeading();
    if (head.startsWith("<?xml") || head.startsWith("<registry")) {
      return Format.XML;
    }
    if (head.startsWith("{")) {
      return Format.JSON;
    }
    if (head.startsWith("Service Name,Port Number")) {
      return Format.CSV;
    }
    if (head.startsWith("<!DOCTYPE html") || head.startsWith("<html")) {
      return Format.HTML;
    }
    if (isCentredTitle(
        new String(bytes, 0, Math.min(bytes.length, 512), StandardCharsets.UTF_8)
            .replace("\uFEFF", ""))) {
      return Format.TXT;
    }
    return ExcerptFormat.looksLikeExcerpt(bytes) ? Format.EXCERPT : Format.TXT;
  }

  /**
   * portreg's own text rendering starts with the title centred (indented); saved page excerpts
   * start at the margin.
   */
  private static boolean isCentredTitle(String head) {
    String firstLine = head.lines().findFirst().orElse("");
    return firstLine.startsWith("    ") && firstLine.strip().startsWith("Service Name and");
  }

  /**
   * Writes the registry in {@code to} format (xml, csv, json, services); does not close {@code
   * out}. services(5) is written with {@link ServicesOptions#DEFAULT}; use {@link ServicesFormat}
   * for other policies.
   *
   * @throws RegistryException for a format that cannot be written yet
   * @throws UncheckedIOException when {@code out} fails
   */
  public static void write(Registry registry, Format to, OutputStream out) {
    try {
      switch (to) {
        case XML -> XmlFormat.write(registry, out);
        case JSON -> JsonFormat.write(registry, out);
        case CSV -> CsvFormat.write(registry, out);
        case SERVICES -> ServicesFormat.write(registry, ServicesOptions.DEFAULT, out);
        case TXT -> out.write(TxtFormat.write(registry));
        case HTML -> out.write(HtmlFormat.write(registry));
        default -> throw new RegistryException("writing " + to + " is not supported yet");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("writing " + to + ": " + e.getMessage(), e);
    }
  }
}
