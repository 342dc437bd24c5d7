package org.portreg.cli;

import java.util.Locale;

/** How lookup, search and free print their answer. */
enum OutputFormat {
  /** Aligned columns fitted to the terminal width. */
  TABLE,
  /** A JSON document. */
  JSON,
  /** IANA's twelve CSV columns with a header, RFC 4180. */
  CSV;

  /** Parses {@code table}, {@code json} or {@code csv}, case-insensitively. */
  static OutputFormat parse(String text) {
    switch (text.toLowerCase(Locale.ROOT)) {
      case "table":
        return TABLE;
      case "json":
        return JSON;
      case "csv":
        return CSV;
      default:
        throw new UsageException("--format must be table, json or csv, was '" + text + "'");
    }
  }
}
