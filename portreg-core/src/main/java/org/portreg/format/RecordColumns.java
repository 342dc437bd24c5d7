package org.portreg.format;

import java.util.List;
import java.util.Locale;
import org.portreg.model.Inline;
import org.portreg.model.RichText;
import org.portreg.model.ServiceRecord;
import org.portreg.model.Xref;

/**
 * The twelve columns IANA renders a record as, in its CSV, its HTML table and its search: the one
 * definition every format and the search share. Thread-safe, stateless.
 */
public final class RecordColumns {
  /** The column headers, in order, as IANA's CSV spells them. */
  public static final List<String> HEADERS =
      List.of(
          "Service Name",
          "Port Number",
          "Transport Protocol",
          "Description",
          "Assignee",
          "Contact",
          "Registration Date",
          "Modification Date",
          "Reference",
          "Service Code",
          "Unauthorized Use Reported",
          "Assignment Notes");

  /** Index of the Service Name column. */
  public static final int NAME = 0;

  /** Index of the Port Number column. */
  public static final int PORT = 1;

  /** Index of the Transport Protocol column. */
  public static final int TRANSPORT = 2;

  /** Index of the Description column. */
  public static final int DESCRIPTION = 3;

  /** Index of the Assignee column. */
  public static final int ASSIGNEE = 4;

  /** Index of the Contact column. */
  public static final int CONTACT = 5;

  /** Index of the Registration Date column. */
  public static final int REGISTERED = 6;

  /** Index of the Modification Date column. */
  public static final int UPDATED = 7;

  /** Index of the Reference column. */
  public static final int REFERENCE = 8;

  /** Index of the Service Code column. */
  public static final int SERVICE_CODE = 9;

  /** Index of the Unauthorized Use Reported column. */
  public static final int UNAUTHORIZED = 10;

  /** Index of the Assignment Notes column. */
  public static final int NOTES = 11;

  private RecordColumns() {}

  /** The record's twelve column values, empty strings for absent fields. */
  public static List<String> of(ServiceRecord r) {
    return List.of(
        r.name().orElse(""),
        r.number().map(Object::toString).orElse(""),
        r.protocol().map(p -> p.token()).orElse(""),
        text(r.description()),
        bracketed(r.assigneeIds()),
        bracketed(r.contactIds()),
        r.registered().map(Object::toString).orElse(""),
        r.updated().map(Object::toString).orElse(""),
        references(r.references()),
        r.serviceCode().orElse(""),
        r.unauthorized().map(RecordColumns::text).orElse(""),
        r.notes().map(RecordColumns::text).orElse(""));
  }

  /** {@code [A][B]} for the IDs A and B. */
  public static String bracketed(List<String> ids) {
    StringBuilder out = new StringBuilder();
    ids.forEach(id -> out.append('[').append(id).append(']'));
    return out.toString();
  }

  /** The Reference column: each non-person xref in brackets, in order. */
  public static String references(List<Xref> references) {
    StringBuilder out = new StringBuilder();
    references.forEach(x -> out.append('[').append(reference(x)).append(']'));
    return out.toString();
  }

  /**
   * How a reference is shown: {@code RFC9110} for RFCs, the draft name, the URI, the text, the
   * footnote anchor, the person ID.
   */
  public static String reference(Xref xref) {
    return switch (xref.type()) {
      case RFC -> xref.data().orElse("").toUpperCase(Locale.ROOT);
      case TEXT -> xref.text().or(xref::data).orElse("");
      default -> xref.data().or(xref::text).orElse("");
    };
  }

  /**
   * Rich text as a column shows it: the text between line breaks, each piece stripped, joined by
   * single spaces; inline references in brackets; paragraphs as their text.
   */
  public static String text(RichText text) {
    if (text.parts().stream().noneMatch(p -> p instanceof Inline.LineBreak)) {
      return text.render("", x -> "[" + reference(x) + "]");
    }
    StringBuilder out = new StringBuilder();
    for (String piece : text.render("\u0000", x -> "[" + reference(x) + "]").split("\u0000")) {
      String stripped = piece.strip();
      if (!stripped.isEmpty()) {
        out.append(out.length() == 0 ? "" : " ").append(stripped);
      }
    }
    return out.toString();
  }
}
