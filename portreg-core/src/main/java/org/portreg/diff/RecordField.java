package org.portreg.diff;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.portreg.format.RecordColumns;
import org.portreg.model.RichText;
import org.portreg.model.ServiceRecord;
import org.portreg.model.Xref;

/**
 * The fields of a record that a diff compares, each with the way its value is shown. Rich text
 * keeps line breaks as {@code <br/>} and shows inline references as {@code [ref]}; people lists
 * show {@code [ID]} per xref; references show as in the Reference column; dates keep their
 * precision. Thread-safe.
 */
public enum RecordField {
  /** The service name ({@code ""} for an empty {@code <name/>}). */
  NAME("name", ServiceRecord::name, r -> r.name()),
  /** The port or range as written. */
  PORT("port", ServiceRecord::number, r -> r.number().map(Object::toString)),
  /** The transport token. */
  TRANSPORT("transport", ServiceRecord::protocol, r -> r.protocol().map(t -> t.token())),
  /** The description. */
  DESCRIPTION("description", ServiceRecord::description, r -> rich(r.description())),
  /** The xrefs inside {@code <assignee>}. */
  ASSIGNEES("assignees", ServiceRecord::assignees, r -> people(r.assignees())),
  /** The xrefs inside {@code <contact>}. */
  CONTACTS("contacts", ServiceRecord::contacts, r -> people(r.contacts())),
  /** The bare person xrefs. */
  PERSONS("persons", ServiceRecord::persons, r -> people(r.persons())),
  /** The non-person references. */
  REFERENCES("references", ServiceRecord::references, r -> references(r.references())),
  /** The registration date. */
  REGISTERED("registered", ServiceRecord::registered, r -> r.registered().map(Object::toString)),
  /** The modification date. */
  UPDATED("updated", ServiceRecord::updated, r -> r.updated().map(Object::toString)),
  /** The DCCP service code. */
  SERVICE_CODE("serviceCode", ServiceRecord::serviceCode, r -> r.serviceCode()),
  /** The report of unauthorized use. */
  UNAUTHORIZED(
      "unauthorized",
      ServiceRecord::unauthorized,
      r -> r.unauthorized().flatMap(RecordField::rich)),
  /** The assignment notes. */
  NOTES("notes", ServiceRecord::notes, r -> r.notes().flatMap(RecordField::rich));

  private static final List<RecordField> ALL = List.of(values());

  private final String key;
  private final Function<ServiceRecord, Object> value;
  private final Function<ServiceRecord, Optional<String>> shown;

  RecordField(
      String key,
      Function<ServiceRecord, Object> value,
      Function<ServiceRecord, Optional<String>> shown) {
    this.key = key;
    this.value = value;
    this.shown = shown;
  }

  /** The field's name in diffs and JSON, such as {@code serviceCode}. */
  public String key() {
    return key;
  }

  /** The field's value in {@code record} as shown in a diff; empty when the record has none. */
  public Optional<String> show(ServiceRecord record) {
    return shown.apply(record);
  }

  /** Whether the field's value differs between the two records (compared exactly, not as shown). */
  public boolean differs(ServiceRecord a, ServiceRecord b) {
    return !Objects.equals(value.apply(a), value.apply(b));
  }

  /** The changes between {@code before} and {@code after}, in field order; empty when equal. */
  public static List<FieldChange> changes(ServiceRecord before, ServiceRecord after) {
    return ALL.stream()
        .filter(f -> f.differs(before, after))
        .map(f -> new FieldChange(f.key, f.show(before), f.show(after)))
        .toList();
  }

  /** How many fields differ; stops counting at {@code limit}. */
  static int countDifferences(ServiceRecord a, ServiceRecord b, int limit) {
    int count = 0;
    for (int i = 0; i < ALL.size() && count < limit; i++) {
      count += ALL.get(i).differs(a, b) ? 1 : 0;
    }
    return count;
  }

  /** Rich text as a diff shows it; empty text is absent. */
  static Optional<String> rich(RichText text) {
    String shown = text.render("<br/>", x -> "[" + RecordColumns.reference(x) + "]");
    return shown.isEmpty() ? Optional.empty() : Optional.of(shown);
  }

  private static Optional<String> people(List<Xref> xrefs) {
    return xrefs.isEmpty()
        ? Optional.empty()
        : Optional.of(RecordColumns.bracketed(xrefs.stream().map(Xref::target).toList()));
  }

  private static Optional<String> references(List<Xref> xrefs) {
    return xrefs.isEmpty() ? Optional.empty() : Optional.of(RecordColumns.references(xrefs));
  }
}
