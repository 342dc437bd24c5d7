package org.portreg.format.csv;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.portreg.format.ProblemCollector;
import org.portreg.format.RecordColumns;
import org.portreg.model.PartialDate;
import org.portreg.model.PortRange;
import org.portreg.model.RichText;
import org.portreg.model.ServiceRecord;
import org.portreg.model.Transport;
import org.portreg.model.Xref;

/**
 * Turns one CSV row into a record. A bad field is reported where it starts; in lenient mode the
 * record is kept without that field. Not thread-safe: one per read.
 */
final class CsvRecordReader {
  private final ProblemCollector problems;

  CsvRecordReader(ProblemCollector problems) {
    this.problems = problems;
  }

  /** The record of a row with exactly twelve fields. */
  ServiceRecord read(List<CsvParser.Field> fields) {
    ServiceRecord.Builder b = ServiceRecord.builder();
    String name = fields.get(RecordColumns.NAME).text();
    if (!name.isEmpty()) {
      b.name(name);
    }
    parse(fields.get(RecordColumns.PORT), "port", PortRange::parse).ifPresent(b::number);
    parse(fields.get(RecordColumns.TRANSPORT), "transport", CsvRecordReader::transport)
        .ifPresent(b::protocol);
    b.description(fields.get(RecordColumns.DESCRIPTION).text());
    people(fields.get(RecordColumns.ASSIGNEE), fields.get(RecordColumns.CONTACT), b);
    parse(fields.get(RecordColumns.REGISTERED), "date", PartialDate::parse)
        .ifPresent(b::registered);
    parse(fields.get(RecordColumns.UPDATED), "date", PartialDate::parse).ifPresent(b::updated);
    b.references(references(fields.get(RecordColumns.REFERENCE)));
    b.serviceCode(blankToNull(fields.get(RecordColumns.SERVICE_CODE).text()));
    rich(fields.get(RecordColumns.UNAUTHORIZED)).ifPresent(b::unauthorized);
    rich(fields.get(RecordColumns.NOTES)).ifPresent(b::notes);
    return b.build();
  }

  private static Transport transport(String token) {
    return Transport.parse(token)
        .filter(t -> t.token().equals(token))
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "transport must be tcp, udp, sctp or dccp, was '" + token + "'"));
  }

  private <T> Optional<T> parse(CsvParser.Field field, String what, Function<String, T> parser) {
    if (field.text().isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(parser.apply(field.text()));
    } catch (IllegalArgumentException e) {
      problems.report(field.line(), field.column(), "bad " + what + ": " + e.getMessage());
      return Optional.empty();
    }
  }

  /**
   * IANA shows a record without {@code <assignee>} with the same people as Assignee and Contact;
   * those become bare person xrefs. Different lists become an assignee and bare contacts.
   */
  private void people(CsvParser.Field assignee, CsvParser.Field contact, ServiceRecord.Builder b) {
    List<Xref> assignees = persons(assignee);
    List<Xref> contacts = persons(contact);
    if (assignees.isEmpty() && !contacts.isEmpty()) {
      problems.report(
          assignee.line(),
          assignee.column(),
          "a Contact without an Assignee cannot be represented: IANA shows every contact as"
              + " assignee when there is no assignee");
      return;
    }
    if (!assignees.equals(contacts)) {
      assignees.forEach(b::addAssignee);
    }
    b.persons(contacts);
  }

  private List<Xref> persons(CsvParser.Field field) {
    return items(field).stream().map(Xref::person).toList();
  }

  private List<Xref> references(CsvParser.Field field) {
    return items(field).stream().map(Brackets::reference).toList();
  }

  private List<String> items(CsvParser.Field field) {
    if (field.text().isEmpty()) {
      return List.of();
    }
    Optional<List<String>> items = Brackets.split(field.text());
    if (items.isEmpty() || items.get().stream().anyMatch(String::isBlank)) {
      problems.report(
          field.line(),
          field.column(),
          "expected a list such as [A][B], was '" + field.text() + "'");
      return List.of();
    }
    return items.get();
  }

  private static Optional<RichText> rich(CsvParser.Field field) {
    return field.text().isEmpty() ? Optional.empty() : Optional.of(RichText.of(field.text()));
  }

  private static String blankToNull(String text) {
    return text.isEmpty() ? null : text;
  }
}
