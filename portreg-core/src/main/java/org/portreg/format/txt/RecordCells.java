package org.portreg.format.txt;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.portreg.format.ProblemCollector;
import org.portreg.format.RecordColumns;
import org.portreg.model.Inline;
import org.portreg.model.PartialDate;
import org.portreg.model.PortRange;
import org.portreg.model.RichText;
import org.portreg.model.ServiceRecord;
import org.portreg.model.Transport;
import org.portreg.model.Xref;
import org.portreg.model.XrefType;

/** Turns the twelve cells of one text-table row into a record. Stateless apart from problems. */
final class RecordCells {
  private static final Pattern BRACKETED = Pattern.compile("\\[([^\\[\\]]*)\\]");
  private static final Pattern RFC = Pattern.compile("(?i)RFC(\\d+)");
  private static final Pattern NOTE = Pattern.compile("\\d+");

  /** How the page shows an xref's section: {@code [RFC8765, Section 6.1]}. */
  private static final String SECTION = ", Section ";

  private final ProblemCollector problems;

  RecordCells(ProblemCollector problems) {
    this.problems = problems;
  }

  /** The record of {@code row}; bad fields are reported and left out. */
  ServiceRecord toRecord(TextTable.Row row) {
    ServiceRecord.Builder b = ServiceRecord.builder();
    String name = row.joined(RecordColumns.NAME);
    if (!name.isEmpty()) {
      b.name(name);
    }
    port(row).ifPresent(b::number);
    transport(row).ifPresent(b::protocol);
    b.description(richText(row.cells().get(RecordColumns.DESCRIPTION)));
    people(row, b);
    date(row, RecordColumns.REGISTERED).ifPresent(b::registered);
    date(row, RecordColumns.UPDATED).ifPresent(b::updated);
    b.references(references(row.joined(RecordColumns.REFERENCE)));
    optional(row.joined(RecordColumns.SERVICE_CODE)).ifPresent(b::serviceCode);
    optionalText(row, RecordColumns.UNAUTHORIZED).ifPresent(b::unauthorized);
    optionalText(row, RecordColumns.NOTES).ifPresent(b::notes);
    return b.build();
  }

  private Optional<PortRange> port(TextTable.Row row) {
    String text = row.joined(RecordColumns.PORT);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(PortRange.parse(text));
    } catch (IllegalArgumentException e) {
      report(row, RecordColumns.PORT, "bad port: " + e.getMessage());
      return Optional.empty();
    }
  }

  private Optional<Transport> transport(TextTable.Row row) {
    String text = row.joined(RecordColumns.TRANSPORT);
    Optional<Transport> transport = text.isEmpty() ? Optional.empty() : Transport.parse(text);
    if (!text.isEmpty() && transport.isEmpty()) {
      report(row, RecordColumns.TRANSPORT, "unknown transport '" + text + "'");
    }
    return transport;
  }

  private Optional<PartialDate> date(TextTable.Row row, int column) {
    String text = row.joined(column);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(PartialDate.parse(text));
    } catch (IllegalArgumentException e) {
      report(row, column, "bad " + RecordColumns.HEADERS.get(column) + ": " + e.getMessage());
      return Optional.empty();
    }
  }

  private void report(TextTable.Row row, int column, String message) {
    problems.report(row.anchorLine(), row.columnOf(column), message);
  }

  /**
   * Assignee and Contact: equal columns mean a record without {@code <assignee>} (both show all its
   * person xrefs); different ones keep the assignees apart.
   */
  private static void people(TextTable.Row row, ServiceRecord.Builder b) {
    List<String> assignees = bracketed(row.joined(RecordColumns.ASSIGNEE));
    List<String> contacts = bracketed(row.joined(RecordColumns.CONTACT));
    if (!assignees.equals(contacts)) {
      assignees.forEach(id -> b.addAssignee(Xref.person(id)));
    }
    b.persons(contacts.stream().map(Xref::person).toList());
  }

  /** The texts inside {@code [..]} in order. */
  static List<String> bracketed(String text) {
    List<String> found = new ArrayList<>();
    Matcher m = BRACKETED.matcher(text);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  /** The Reference column as xrefs; the kind of each is guessed from its shape. */
  static List<Xref> references(String text) {
    return bracketed(text).stream().map(RecordCells::reference).toList();
  }

  static Xref reference(String text) {
    int section = text.lastIndexOf(SECTION);
    if (section > 0) {
      Xref target = reference(text.substring(0, section));
      String number = text.substring(section + SECTION.length());
      return new Xref(target.type(), target.data(), Optional.of(number), target.text());
    }
    return referenceWithoutSection(text);
  }

  private static Xref referenceWithoutSection(String shown) {
    Matcher rfc = RFC.matcher(shown);
    if (rfc.matches()) {
      return Xref.of(XrefType.RFC, "rfc" + rfc.group(1));
    }
    if (shown.startsWith("draft-") || shown.startsWith("RFC-")) {
      return Xref.of(XrefType.DRAFT, shown);
    }
    if (shown.contains("://") || shown.startsWith("mailto:")) {
      return Xref.of(XrefType.URI, shown);
    }
    if (NOTE.matcher(shown).matches()) {
      return Xref.of(XrefType.NOTE, shown);
    }
    return Xref.text(shown);
  }

  private static Optional<String> optional(String text) {
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  private static Optional<RichText> optionalText(TextTable.Row row, int column) {
    RichText text = richText(row.cells().get(column));
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  /**
   * Wrapped lines become one text joined by spaces; a blank line (a paragraph break in the source)
   * becomes two line breaks.
   */
  static RichText richText(List<String> lines) {
    List<Inline> parts = new ArrayList<>();
    StringBuilder paragraph = new StringBuilder();
    for (String line : lines) {
      if (line.isBlank()) {
        flush(paragraph, parts);
      } else {
        paragraph.append(paragraph.length() == 0 ? "" : " ").append(line.strip());
      }
    }
    flush(paragraph, parts);
    return new RichText(parts);
  }

  private static void flush(StringBuilder paragraph, List<Inline> parts) {
    if (paragraph.length() == 0) {
      return;
    }
    if (!parts.isEmpty()) {
      parts.add(new Inline.LineBreak());
      parts.add(new Inline.LineBreak());
    }
    parts.add(new Inline.Text(paragraph.toString()));
    paragraph.setLength(0);
  }
}
