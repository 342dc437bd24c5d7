package org.portreg.format.excerpt;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.portreg.format.PageLabels;
import org.portreg.format.ProblemCollector;
import org.portreg.format.RecordColumns;
import org.portreg.model.Inline;
import org.portreg.model.Note;
import org.portreg.model.PartialDate;
import org.portreg.model.PortRange;
import org.portreg.model.Registry;
import org.portreg.model.RegistryHeader;
import org.portreg.model.RichText;
import org.portreg.model.ServiceRecord;
import org.portreg.model.Transport;
import org.portreg.model.Xref;
import org.portreg.model.XrefType;

/** Turns an excerpt into a partial registry. Stateless. */
final class RegistryBuilder {
  static final String REGISTRY_ID = "service-names-port-numbers";

  private RegistryBuilder() {}

  static Registry build(Excerpt excerpt, ProblemCollector problems) {
    List<ServiceRecord> records = new ArrayList<>();
    for (ExcerptRow row : excerpt.rows()) {
      records.add(record(row, problems));
    }
    return new Registry(
        header(excerpt.header(), problems),
        records,
        List.of(),
        excerpt.contacts().stream().map(ExcerptContact::toPerson).toList());
  }

  private static RegistryHeader header(ExcerptHeader h, ProblemCollector problems) {
    PartialDate updated =
        h.lastUpdated().orElseThrow(() -> problems.fatal(1, 1, "no Last Updated date", null));
    List<Note> notes = new ArrayList<>();
    h.note().ifPresent(n -> notes.add(new Note(Optional.empty(), RichText.of(n))));
    h.requestAnAssignment()
        .ifPresent(
            uri ->
                notes.add(
                    new Note(
                        Optional.of(PageLabels.REQUEST),
                        new RichText(List.of(new Inline.Reference(Xref.of(XrefType.URI, uri)))))));
    return new RegistryHeader(
        REGISTRY_ID,
        h.title().orElse(""),
        "",
        updated,
        h.references().stream().map(RegistryBuilder::reference).toList(),
        h.experts().stream().toList(),
        notes);
  }

  private static ServiceRecord record(ExcerptRow row, ProblemCollector problems) {
    ServiceRecord.Builder b = ServiceRecord.builder();
    row.name().ifPresent(b::name);
    parse(row, RecordColumns.PORT, problems, v -> b.number(PortRange.parse(v)));
    row.transport().flatMap(Transport::parse).ifPresent(b::protocol);
    row.value(RecordColumns.DESCRIPTION).ifPresent(b::description);
    addPeople(row, b);
    parse(row, RecordColumns.REGISTERED, problems, v -> b.registered(PartialDate.parse(v)));
    parse(row, RecordColumns.UPDATED, problems, v -> b.updated(PartialDate.parse(v)));
    row.value(RecordColumns.REFERENCE)
        .ifPresent(v -> ValueKind.bracketed(v).forEach(r -> b.addXref(reference(r))));
    row.value(RecordColumns.SERVICE_CODE).ifPresent(b::serviceCode);
    row.value(RecordColumns.UNAUTHORIZED).map(RichText::of).ifPresent(b::unauthorized);
    row.value(RecordColumns.NOTES).map(RichText::of).ifPresent(b::notes);
    return b.build();
  }

  private static void parse(
      ExcerptRow row, int column, ProblemCollector problems, Consumer<String> setter) {
    Optional<String> value = row.value(column);
    try {
      value.ifPresent(setter);
    } catch (IllegalArgumentException e) {
      problems.report(row.line(), 1, RecordColumns.HEADERS.get(column) + ": " + e.getMessage());
    }
  }

  /**
   * Assignee and Contact showing the same people is how the page shows bare person xrefs; when they
   * differ, the assignees go into {@code <assignee>}.
   */
  private static void addPeople(ExcerptRow row, ServiceRecord.Builder b) {
    List<String> assignees = ids(row.value(RecordColumns.ASSIGNEE));
    List<String> contacts = ids(row.value(RecordColumns.CONTACT));
    if (assignees.equals(contacts)) {
      assignees.forEach(id -> b.addXref(Xref.person(id)));
      return;
    }
    assignees.forEach(id -> b.addAssignee(Xref.person(id)));
    contacts.forEach(id -> b.addXref(Xref.person(id)));
  }

  private static List<String> ids(Optional<String> value) {
    return value.map(ValueKind::bracketed).orElse(List.of());
  }

  /** A reference as the page shows it (without brackets) back to an xref, by its shape. */
  static Xref reference(String shown) {
    String lower = shown.toLowerCase(Locale.ROOT);
    if (lower.matches("rfc\\d+")) {
      return Xref.of(XrefType.RFC, lower);
    }
    if (shown.matches("\\d+")) {
      return Xref.of(XrefType.NOTE, shown);
    }
    if (lower.startsWith("draft-") || lower.startsWith("rfc-")) {
      return Xref.of(XrefType.DRAFT, shown);
    }
    if (shown.matches("[A-Za-z][A-Za-z0-9+.-]*:\\S+")) {
      return Xref.of(XrefType.URI, shown);
    }
    return Xref.text(shown);
  }
}
