package org.portreg.format.xml;

import javax.xml.stream.XMLStreamException;
import org.portreg.format.ReadOptions;

/**
 * An element's text passed {@link ReadOptions#MAX_FIELD_CHARS}; the read stops there. Carries where
 * the element's text starts.
 */
final class FieldTooLongException extends XMLStreamException {
  private static final long serialVersionUID = 1L;

  private final int line;
  private final int column;

  FieldTooLongException(String element, int line, int column) {
    super(ReadOptions.fieldTooLong("the text of <" + element + ">"));
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
