package org.portreg.format.xml;

import javax.xml.stream.XMLStreamException;

/**
 * An element's text passed {@link TextReader#MAX_FIELD_CHARS}; the read stops there. Carries where
 * the element's text starts.
 */
final class FieldTooLongException extends XMLStreamException {
  private static final long serialVersionUID = 1L;

  private final int line;
  private final int column;

  FieldTooLongException(String element, int line, int column) {
    super(
        "the text of <"
            + element
            + "> is longer than "
            + TextReader.MAX_FIELD_CHARS
            + " characters, the most one field may hold");
    this.line = line;
    this.column = column;
  }

  int line() {
    return line;
  }

  int column() {
    return column;
  }
}
