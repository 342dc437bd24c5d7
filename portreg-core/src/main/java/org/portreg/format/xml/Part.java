package org.portreg.format.xml;

/**
 * The key under which a header element (or the people container's tags) is kept in a {@link
 * org.portreg.model.SourceSpelling}: records, footnotes and people are keyed by their own value.
 *
 * @param element the element name, such as {@code title}, or {@code people-open}
 * @param value the element's value, or {@code ""} for the people tags
 */
record Part(String element, Object value) {
  static final Part PEOPLE_OPEN = new Part("people-open", "");
  static final Part PEOPLE_CLOSE = new Part("people-close", "");
}
