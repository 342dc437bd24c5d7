package org.portreg.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.portreg.format.ReadOptions;
import org.portreg.format.xml.XmlFormat;
import org.portreg.model.Registry;

/**
 * One stored part row, parsed: its kind, exact text, and value (a record, person or footnote; null
 * for header elements and the people tags, whose values depend on the version's header). Immutable.
 */
record Piece(String kind, String text, Object value) {
  private static final String WRAPPER_START =
      "<registry xmlns=\"http://www.iana.org/assignments\" id=\"pieces\">"
          + "<updated>2000-01-01</updated>";

  Piece {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
  }

  /** A row as read: id, kind and text. */
  record Raw(long id, String kind, String body) {}

  /** Whether this is a header element or a people tag. */
  boolean isElement() {
    return value == null;
  }

  /**
   * Parses rows in one synthetic document: records and footnotes in the registry, persons inside a
   * people element, so that each text is read exactly as in its own version.
   */
  static Map<Long, Piece> parseAll(List<Raw> rows) {
    StringBuilder xml = new StringBuilder(WRAPPER_START);
    List<Raw> people = new ArrayList<>();
    for (Raw row : rows) {
      if (row.kind().equals("person")) {
        people.add(row);
      } else if (!row.kind().equals("element")) {
        xml.append(row.body());
      }
    }
    xml.append("<people>");
    people.forEach(p -> xml.append(p.body()));
    xml.append("</people></registry>");
    Registry parsed = XmlFormat.readText(xml.toString(), "store", ReadOptions.STRICT).registry();
    return collect(rows, parsed);
  }

  private static Map<Long, Piece> collect(List<Raw> rows, Registry parsed) {
    Map<Long, Piece> pieces = new HashMap<>();
    int record = 0;
    int footnote = 0;
    int person = 0;
    for (Raw row : rows) {
      Object value =
          switch (row.kind()) {
            case "record" -> parsed.records().get(record++);
            case "footnote" -> parsed.footnotes().get(footnote++);
            case "person" -> parsed.people().get(person++);
            default -> null;
          };
      pieces.put(row.id(), new Piece(row.kind(), row.body(), value));
    }
    return pieces;
  }
}
