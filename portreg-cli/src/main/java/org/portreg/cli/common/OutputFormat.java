package org.portreg.cli.common;

import java.util.List;
import java.util.Locale;

/** How a command prints its answer; each command takes some of these (see {@link FormatOption}). */
public enum OutputFormat {
  /** Aligned columns fitted to the terminal width. */
  TABLE,
  /** Text for people. */
  TEXT,
  /** A JSON document. */
  JSON,
  /** IANA's twelve CSV columns with a header, RFC 4180. */
  CSV;

  /** The word on the command line: {@code table}, {@code text}, {@code json} or {@code csv}. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses one of {@code accepted} by its word, case-insensitively. Written without lambdas: the
   * {@code lookup} fast path calls it in a cold JVM.
   *
   * @throws UsageException listing the accepted words, such as {@code --format must be table or
   *     json, was 'csv'}
   */
  public static OutputFormat parse(String text, List<OutputFormat> accepted) {
    String word = text.toLowerCase(Locale.ROOT);
    for (OutputFormat format : accepted) {
      if (format.word().equals(word)) {
        return format;
      }
    }
    throw new UsageException("--format must be " + words(accepted) + ", was '" + text + "'");
  }

  /** {@code table, json or csv}. */
  private static String words(List<OutputFormat> accepted) {
    StringBuilder words = new StringBuilder();
    for (int i = 0; i < accepted.size(); i++) {
      if (i > 0) {
        words.append(i == accepted.size() - 1 ? " or " : ", ");
      }
      words.append(accepted.get(i).word());
    }
    return words.toString();
  }
}
