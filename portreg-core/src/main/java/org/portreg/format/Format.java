package org.portreg.format;

import java.util.Locale;
import java.util.Optional;

/** The formats portreg reads and writes. */
public enum Format {
  /** IANA's canonical XML. */
  XML("xml"),
  /** IANA's 12-column CSV. */
  CSV("csv"),
  /** IANA's plain-text rendering of the registry page. */
  TXT("txt"),
  /** The registry page as HTML. */
  HTML("html"),
  /** portreg's stable JSON shape. */
  JSON("json"),
  /** A services(5) file. */
  SERVICES("services"),
  /** A registry page saved as text (the seeds): markdown, pipes or plain columns. */
  EXCERPT("excerpt");

  private final String token;

  Format(String token) {
    this.token = token;
  }

  /** The name used on the command line and in file extensions. */
  public String token() {
    return token;
  }

  /** Parses a format name, case-insensitively. */
  public static Optional<Format> parse(String text) {
    for (Format f : values()) {
      if (f.token.equals(text.toLowerCase(Locale.ROOT))) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return token;
  }
}
