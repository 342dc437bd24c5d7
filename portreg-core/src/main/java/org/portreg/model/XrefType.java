package org.portreg.model;

import java.util.Locale;
import java.util.Optional;

/** What an {@link Xref} points at. */
public enum XrefType {
  /** A person or organization in the registry's people table; data is the person's ID. */
  PERSON,
  /** An RFC; data is {@code rfcNNNN}. */
  RFC,
  /** An Internet-Draft; data is the draft name. */
  DRAFT,
  /** A URI; data is the URI. */
  URI,
  /** Free text, held in the xref's text rather than its data. */
  TEXT,
  /** A footnote of the registry; data is the footnote's anchor. */
  NOTE;

  private final String token = name().toLowerCase(Locale.ROOT);

  /** The XML spelling of the type attribute. */
  public String token() {
    return token;
  }

  /** Parses the XML spelling, case-sensitively as the schema defines it. */
  public static Optional<XrefType> parse(String text) {
    for (XrefType t : values()) {
      if (t.token.equals(text)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
