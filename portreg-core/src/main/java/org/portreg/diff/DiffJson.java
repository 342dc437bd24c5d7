package org.portreg.diff;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.portreg.model.Person;
import org.portreg.model.ServiceRecord;

/** Writes a diff to a JSON generator in the shape of {@code docs/diff.md}. One per write. */
final class DiffJson {
  private final JsonGenerator json;

  DiffJson(JsonGenerator json) {
    this.json = json;
  }

  void write(Diff diff) throws IOException {
    json.writeStartObject();
    json.writeStringField("format", DiffFormat.FORMAT_ID);
    json.writeNumberField("version", DiffFormat.SHAPE_VERSION);
    version("older", diff.olderUpdated().toString(), diff.olderRecordCount());
    version("newer", diff.newerUpdated().toString(), diff.newerRecordCount());
    summary(diff);
    fields("header", diff.header());
    json.writeArrayFieldStart("records");
    for (RecordChange change : diff.records()) {
      record(change);
    }
    json.writeEndArray();
    json.writeArrayFieldStart("people");
    for (PersonChange change : diff.people()) {
      person(change);
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private void version(String name, String updated, int records) throws IOException {
    json.writeObjectFieldStart(name);
    json.writeStringField("updated", updated);
    json.writeNumberField("records", records);
    json.writeEndObject();
  }

  private void summary(Diff diff) throws IOException {
    json.writeObjectFieldStart("summary");
    json.writeBooleanField("empty", diff.isEmpty());
    json.writeNumberField("added", diff.recordsAdded());
    json.writeNumberField("removed", diff.recordsRemoved());
    json.writeNumberField("changed", diff.recordsChanged());
    json.writeNumberField("renamed", diff.recordsChanged(RecordChange.Kind.RENAMED));
    json.writeNumberField("moved", diff.recordsChanged(RecordChange.Kind.MOVED));
    json.writeNumberField("split", diff.splits().size());
    json.writeNumberField("unchanged", diff.recordsUnchanged());
    json.writeNumberField("peopleAdded", diff.peopleCount(PersonChange.Added.class));
    json.writeNumberField("peopleRemoved", diff.peopleCount(PersonChange.Removed.class));
    json.writeNumberField("peopleChanged", diff.peopleCount(PersonChange.Changed.class));
    json.writeEndObject();
  }

  private void record(RecordChange change) throws IOException {
    json.writeStartObject();
    if (change instanceof RecordChange.Added a) {
      json.writeStringField("change", "added");
      json.writeNumberField("newIndex", a.newIndex());
      record("record", a.record());
    } else if (change instanceof RecordChange.Removed r) {
      json.writeStringField("change", "removed");
      json.writeNumberField("oldIndex", r.oldIndex());
      record("record", r.record());
    } else if (change instanceof RecordChange.Changed c) {
      changed(c);
    } else if (change instanceof RecordChange.Split s) {
      split(s);
    }
    json.writeEndObject();
  }

  private void changed(RecordChange.Changed c) throws IOException {
    String kind = c.kind() == RecordChange.Kind.MODIFIED ? "changed" : c.kind().name();
    json.writeStringField("change", kind.toLowerCase(Locale.ROOT));
    json.writeNumberField("oldIndex", c.oldIndex());
    json.writeNumberField("newIndex", c.newIndex());
    record("before", c.before());
    record("after", c.after());
    fields("fields", c.fields());
  }

  private void split(RecordChange.Split s) throws IOException {
    json.writeStringField("change", "split");
    json.writeNumberField("oldIndex", s.oldIndex());
    record("record", s.removed());
    json.writeArrayFieldStart("parts");
    for (int k = 0; k < s.parts().size(); k++) {
      json.writeStartObject();
      json.writeNumberField("newIndex", s.newIndices().get(k));
      record("record", s.parts().get(k));
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private void record(String name, ServiceRecord r) throws IOException {
    json.writeObjectFieldStart(name);
    for (RecordField field : RecordField.values()) {
      optional(field.key(), field.show(r));
    }
    json.writeEndObject();
  }

  private void person(PersonChange change) throws IOException {
    json.writeStartObject();
    json.writeStringField("change", kindOf(change));
    json.writeStringField("id", change.id());
    if (change instanceof PersonChange.Added a) {
      person(a.person());
    } else if (change instanceof PersonChange.Removed r) {
      person(r.person());
    } else if (change instanceof PersonChange.Changed c) {
      fields("fields", c.fields());
    }
    json.writeEndObject();
  }

  private static String kindOf(PersonChange change) {
    return change instanceof PersonChange.Added
        ? "added"
        : change instanceof PersonChange.Removed ? "removed" : "changed";
  }

  private void person(Person p) throws IOException {
    json.writeObjectFieldStart("person");
    json.writeStringField("id", p.id());
    optional("name", p.name());
    optional("org", p.org());
    optional("uri", p.uri());
    optional("updated", p.updated().map(Object::toString));
    json.writeEndObject();
  }

  private void fields(String name, List<FieldChange> changes) throws IOException {
    json.writeArrayFieldStart(name);
    for (FieldChange f : changes) {
      json.writeStartObject();
      json.writeStringField("field", f.field());
      nullable("before", f.before());
      nullable("after", f.after());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private void optional(String field, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      json.writeStringField(field, value.get());
    }
  }

  private void nullable(String field, Optional<String> value) throws IOException {
    json.writeStringField(field, value.orElse(null));
  }
}
