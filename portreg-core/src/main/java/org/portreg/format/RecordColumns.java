package org.portreg.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

  private static final char BREAK_CHAR = '\u0000';
  private static final String BREAK = String.valueOf(BREAK_CHAR);

  /** Compiled on first use: a command that never renders rich text never loads the regex engine. */
  private static final class Patterns {
    static final Pattern BREAK_RUN = Pattern.compile("[ \\t\\n]*(?:\u0000[ \\t\\n]*)+");
    static final Pattern WRAPPED = Pattern.compile(" +\\n[ \\t]+");
  }

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

  /**
   * The items of a bracketed list such as {@code [A][B]} (brackets may nest inside an item), or
   * empty when the text is not such a list.
   */
  public static Optional<List<String>> unbracketed(String text) {
    List<String> items = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (depth == 0 && c != '[') {
        return Optional.empty();
      }
      if (c == '[' && depth++ == 0) {
        start = i + 1;
      } else if (c == ']' && --depth == 0) {
        items.add(text.substring(start, i));
      }
    }
    return depth == 0 ? Optional.of(items) : Optional.empty();
  }

  /** The Reference column: each non-person xref in brackets, in order. */
  public static String references(List<Xref> references) {
    StringBuilder out = new StringBuilder();
    references.forEach(x -> out.append('[').append(reference(x)).append(']'));
    return out.toString();
  }

  /**
   * How a reference is labelled, as IANA's stylesheet does it: the xref's own text when it has any
   * (a URI shown as {@code TR-352}); otherwise {@code RFC9110} for RFCs and the draft name for
   * drafts, each followed by {@code , Section X} when a section is named; the URI, the footnote
   * anchor or the person ID for the others. The label is a column text, so its white space follows
   * the rules of {@link #text(RichText)}.
   */
  public static String reference(Xref xref) {
    Optional<String> own = xref.text().filter(t -> !t.isBlank());
    if (own.isPresent()) {
      return tidy(own.get());
    }
    String data = xref.data().orElse("");
    String section = xref.section().map(s -> ", Section " + s).orElse("");
    return switch (xref.type()) {
      case RFC -> data.toUpperCase(Locale.ROOT) + section;
      case DRAFT -> data + section;
      default -> data;
    };
  }

  /**
   * Rich text as a column shows it, following IANA's own CSV (checked byte for byte against both
   * published CSVs, see {@code docs/formats.md}):
   *
   * <ul>
   *   <li>inline references as {@code [label]} ({@link #reference(Xref)}), paragraphs as their
   *       text;
   *   <li>a single {@code <br/>} that ends a line whose next line is not indented is a paragraph
   *       break, shown as an empty line ({@code "\n\n"}); any other run of {@code <br/>}s with the
   *       white space around it is a soft break, shown as one space;
   *   <li>a line that ends in a space and whose next line is indented was wrapped by the XML
   *       writer: the break and the indentation become that one space; other line breaks are kept
   *       with their indentation;
   *   <li>white space at both ends is removed.
   * </ul>
   */
  public static String text(RichText text) {
    String rendered = text.render(BREAK, x -> "[" + reference(x) + "]");
    if (rendered.indexOf(BREAK_CHAR) >= 0) {
      rendered = breaks(rendered);
    }
    return tidy(rendered);
  }

  private static String breaks(String rendered) {
    Matcher m = Patterns.BREAK_RUN.matcher(rendered);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      boolean paragraph = m.group().equals(BREAK + "\n") && m.end() < rendered.length();
      m.appendReplacement(out, paragraph ? "\n\n" : " ");
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * Joins wrapped lines until none is left (so that rendering a rendered text changes nothing: "a
   * \n \n b" gives "a b", not "a \n b"), then strips. Most fields have no line break; skipping the
   * regex for them keeps CSV writing fast.
   */
  private static String tidy(String text) {
    String joined = text;
    while (joined.indexOf('\n') >= 0) {
      String next = Patterns.WRAPPED.matcher(joined).replaceAll(" ");
      if (next.equals(joined)) {
        break;
      }
      joined = next;
    }
    return joined.strip();
  }
}
