package org.portreg.format.txt;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.portreg.format.PageLabels;
import org.portreg.format.RecordColumns;
import org.portreg.model.Footnote;
import org.portreg.model.Note;
import org.portreg.model.Person;
import org.portreg.model.Registry;
import org.portreg.model.RegistryHeader;
import org.portreg.model.ServiceRecord;

/**
 * Writes the registry as fixed-width text in the style of IANA's page: title, header fields, the
 * twelve-column table with wrapped, vertically centred cells, the Contact Information table and the
 * footnotes. A table whose columns cannot all be as wide as their longest words in the width is
 * written as one block per row instead. No line is longer than the width. Immutable, thread-safe.
 */
final class TxtWriter {
  /** The narrowest width the twelve columns fit in (three characters each plus separators). */
  static final int MIN_WIDTH = 12 * ColumnWidths.MIN_COLUMN + 11;

  /** The Contact Information table's column headers. */
  static final List<String> PEOPLE_HEADERS =
      List.of("ID", "Name", "Organization", "Contact URI", "Last Updated");

  private static final String INDENT = "    ";

  /** The record columns of running text, which get a readable minimum width. */
  private static final Set<Integer> RECORD_TEXT =
      Set.of(RecordColumns.DESCRIPTION, RecordColumns.NOTES);

  private final int width;

  TxtWriter(int width) {
    if (width < MIN_WIDTH) {
      throw new IllegalArgumentException("width must be at least " + MIN_WIDTH + ", was " + width);
    }
    this.width = width;
  }

  String write(Registry registry) {
    StringBuilder out = new StringBuilder();
    writeHeader(registry.header(), out);
    List<List<String>> rows = recordRows(registry);
    table(rows, RECORD_TEXT, TxtWriter::recordTitle, 3, out);
    if (!registry.people().isEmpty()) {
      out.append('\n');
      centred("Contact Information", out);
      out.append('\n');
      table(peopleRows(registry.people()), Set.of(), row -> row.get(0), 1, out);
    }
    writeFootnotes(registry.footnotes(), out);
    return out.toString();
  }

  /**
   * The narrowest width at which both tables of {@code registry} are written as tables (at least
   * {@link #MIN_WIDTH}).
   */
  static int tableWidth(Registry registry) {
    int records = ColumnWidths.lineWidth(ColumnWidths.readable(recordRows(registry), RECORD_TEXT));
    int people =
        registry.people().isEmpty()
            ? 0
            : ColumnWidths.lineWidth(
                ColumnWidths.readable(peopleRows(registry.people()), Set.of()));
    return Math.max(MIN_WIDTH, Math.max(records, people));
  }

  private static List<List<String>> recordRows(Registry registry) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(RecordColumns.HEADERS);
    for (ServiceRecord record : registry.records()) {
      rows.add(RecordColumns.of(record));
    }
    return rows;
  }

  /** The table when its columns can be as wide as their words, else one block per row. */
  private void table(
      List<List<String>> rows,
      Set<Integer> textColumns,
      Function<List<String>, String> title,
      int firstField,
      StringBuilder out) {
    int[] readable = ColumnWidths.readable(rows, textColumns);
    if (ColumnWidths.lineWidth(readable) <= width) {
      new TextTableWriter(width).write(rows, readable, out);
    } else {
      new TextBlocks(width).write(rows, title, firstField, out);
    }
  }

  /** Service name, then port/transport: {@code tcpmux 1/tcp}. */
  private static String recordTitle(List<String> row) {
    String port = row.get(RecordColumns.PORT);
    String transport = row.get(RecordColumns.TRANSPORT);
    String where =
        port.isEmpty() || transport.isEmpty() ? port + transport : port + "/" + transport;
    String name = row.get(RecordColumns.NAME);
    return name.isEmpty() || where.isEmpty() ? name + where : name + "  " + where;
  }

  private void writeHeader(RegistryHeader header, StringBuilder out) {
    centred(header.title(), out);
    out.append('\n');
    field(PageLabels.LAST_UPDATED, List.of(header.updated().toString()), out);
    if (!header.experts().isEmpty()) {
      field(PageLabels.EXPERTS, header.experts(), out);
    }
    if (!header.references().isEmpty()) {
      field(PageLabels.REFERENCE, List.of(RecordColumns.references(header.references())), out);
    }
    for (Note note : header.notes()) {
      String text = note.text().render("\n", x -> "[" + RecordColumns.reference(x) + "]");
      field(note.title().orElse(PageLabels.NOTE), List.of(text.strip()), out);
    }
  }

  /** A label line, then each paragraph of each value wrapped and indented, then a blank line. */
  private void field(String label, List<String> values, StringBuilder out) {
    out.append(label).append('\n');
    for (String value : values) {
      for (String line : value.split("\n", -1)) {
        for (String wrapped : wrapOrBlank(line, width - INDENT.length())) {
          out.append(wrapped.isEmpty() ? "" : INDENT + wrapped).append('\n');
        }
      }
    }
    out.append('\n');
  }

  /** A line that fits stays as written (the notes' star box is laid out with spaces). */
  private static List<String> wrapOrBlank(String line, int available) {
    if (line.stripTrailing().length() <= available) {
      return List.of(line.stripTrailing());
    }
    List<String> wrapped = TextWrap.wrap(line, available);
    return wrapped.isEmpty() ? List.of("") : wrapped;
  }

  private void centred(String text, StringBuilder out) {
    for (String line : TextWrap.wrap(text, width)) {
      out.append(" ".repeat((width - line.length()) / 2)).append(line).append('\n');
    }
  }

  private static List<List<String>> peopleRows(List<Person> people) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(PEOPLE_HEADERS);
    for (Person p : people) {
      rows.add(
          List.of(
              "[" + p.id() + "]",
              p.name().orElse(""),
              p.org().orElse(""),
              p.uri().orElse(""),
              p.updated().map(Object::toString).orElse("")));
    }
    return rows;
  }

  private void writeFootnotes(List<Footnote> footnotes, StringBuilder out) {
    if (footnotes.isEmpty()) {
      return;
    }
    out.append('\n');
    centred("Footnote", out);
    out.append('\n');
    for (Footnote note : footnotes) {
      String label = "[" + note.anchor() + "] ";
      String pad = " ".repeat(Math.min(label.length(), width / 2));
      List<String> lines = TextWrap.wrap(note.text().plain(), width - pad.length());
      for (int i = 0; i < lines.size(); i++) {
        out.append(i == 0 ? label : pad).append(lines.get(i)).append('\n');
      }
    }
  }
}
