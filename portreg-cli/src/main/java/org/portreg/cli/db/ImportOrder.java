package org.portreg.cli.db;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.portreg.cli.common.InputLimit;
import org.portreg.format.SourceText;

/**
 * Orders registry files by their Last Updated date, so versions are imported oldest first. The date
 * is read from the start of an XML file without parsing the whole file; other files are parsed (and
 * unreadable ones read in full, so that the error names the file).
 */
final class ImportOrder {
  private static final Pattern UPDATED =
      Pattern.compile("<updated>\\s*(\\d{4}-\\d{2}-\\d{2})\\s*</updated>");
  private static final int HEAD = 16 * 1024;

  private ImportOrder() {}

  /** {@code files} sorted by registry date, then by name. */
  static List<Path> byDate(List<Path> files) {
    record Dated(Path file, LocalDate date) {}
    return files.stream()
        .map(f -> new Dated(f, dateOf(f)))
        .sorted(Comparator.comparing(Dated::date).thenComparing(Dated::file))
        .map(Dated::file)
        .toList();
  }

  /** The registry date of {@code file}. */
  static LocalDate dateOf(Path file) {
    Matcher m = UPDATED.matcher(head(file));
    if (m.find()) {
      return LocalDate.parse(m.group(1));
    }
    return InputLimit.read(file).header().updated().earliest();
  }

  private static String head(Path file) {
    try (InputStream raw = Files.newInputStream(file)) {
      byte[] start = raw.readNBytes(HEAD);
      if (SourceText.isGzip(start)) {
        try (InputStream gz = new GZIPInputStream(Files.newInputStream(file))) {
          start = gz.readNBytes(HEAD);
        }
      }
      return new String(start, StandardCharsets.UTF_8);
    } catch (IOException e) {
      // Unreadable or broken: the full read that follows reports it with file, line and column.
      return "";
    }
  }
}
