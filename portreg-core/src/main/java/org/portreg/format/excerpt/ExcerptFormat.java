package org.portreg.format.excerpt;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.portreg.format.ProblemCollector;
import org.portreg.format.ReadOptions;
import org.portreg.format.ReadResult;
import org.portreg.format.SourceText;
import org.portreg.model.Registry;

/**
 * Page excerpts of the registry (its web page saved as text): reading them into an {@link Excerpt}
 * and turning that into a partial {@link Registry}. Thread-safe, stateless.
 */
public final class ExcerptFormat {
  /** The format's name. */
  public static final String NAME = "excerpt";

  private static final int SNIFF = 64 * 1024;

  private ExcerptFormat() {}

  /**
   * Reads an excerpt file (gzipped or not) strictly.
   *
   * @throws org.portreg.error.RegistryFormatException at the first problem, as {@code
   *     file:line:column: message}
   * @throws java.io.UncheckedIOException when the file cannot be read
   */
  public static Excerpt read(Path file) {
    try {
      return read(Files.readAllBytes(file), file.toString());
    } catch (IOException e) {
      throw SourceText.ioFailure(file.toString(), e);
    }
  }

  /** Reads excerpt bytes named {@code source} strictly. */
  public static Excerpt read(byte[] bytes, String source) {
    return read(bytes, new ProblemCollector(source, ReadOptions.STRICT));
  }

  /**
   * Reads excerpt bytes, reporting problems to {@code problems}: strict collectors throw at the
   * first, lenient ones collect and skip the unreadable rows.
   */
  public static Excerpt read(byte[] bytes, ProblemCollector problems) {
    return ExcerptReader.read(SourceText.textOf(bytes, problems.source()), problems);
  }

  /** Reads an excerpt and turns it into a partial registry (see {@link #toRegistry}). */
  public static ReadResult readRegistry(byte[] bytes, String source, ReadOptions options) {
    ProblemCollector problems = new ProblemCollector(source, options);
    Excerpt excerpt = read(bytes, problems);
    return new ReadResult(toRegistry(excerpt, problems), problems.problems());
  }

  /**
   * The excerpt as a partial registry: the records of its rows (ambiguous values in their guessed
   * column) and the people of its contact table. The category, the footnotes, the line breaks of
   * descriptions, the people not shown and every record not shown are missing.
   *
   * @throws org.portreg.error.RegistryFormatException when the excerpt has no Last Updated date
   */
  public static Registry toRegistry(Excerpt excerpt) {
    return toRegistry(excerpt, new ProblemCollector(excerpt.source(), ReadOptions.STRICT));
  }

  private static Registry toRegistry(Excerpt excerpt, ProblemCollector problems) {
    return RegistryBuilder.build(excerpt, problems);
  }

  /**
   * Whether (already gunzipped) bytes look like a page excerpt: a 12-column table heading on one
   * line, and none of the site navigation of IANA's own text rendering.
   */
  public static boolean looksLikeExcerpt(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, SNIFF), StandardCharsets.UTF_8);
    if (head.contains("\u2022\u00a0Domains") || head.contains("\u2022 Domains")) {
      return false;
    }
    for (String line : head.split("\r?\n")) {
      if (new Line(0, line).normalized().equals(ExcerptReader.TABLE_HEADING)) {
        return true;
      }
    }
    return false;
  }
}
