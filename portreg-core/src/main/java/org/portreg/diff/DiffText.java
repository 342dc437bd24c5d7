package org.portreg.diff;

import java.util.List;
import java.util.Optional;
import org.portreg.model.Person;
import org.portreg.model.ServiceRecord;

/** Renders a diff as text for people. Not thread-safe: one per rendering. */
final class DiffText {
  private final Diff diff;
  private final StringBuilder out = new StringBuilder();

  DiffText(Diff diff) {
    this.diff = diff;
  }

  String render() {
    summary();
    if (!diff.header().isEmpty()) {
      out.append("\nHeader\n");
      diff.header().forEach(f -> field("~ ", f));
    }
    if (!diff.records().isEmpty()) {
      out.append("\nRecords\n");
      diff.records().forEach(this::record);
    }
    if (!diff.people().isEmpty()) {
      out.append("\nPeople\n");
      diff.people().forEach(this::person);
    }
    return out.toString();
  }

  private void summary() {
    out.append("Registry ").append(diff.olderUpdated()).append(" → ").append(diff.newerUpdated());
    out.append(diff.isEmpty() ? ": no differences\n" : "\n");
    out.append("Records ").append(diff.olderRecordCount()).append(" → ");
    out.append(diff.newerRecordCount()).append(": ").append(diff.recordsAdded()).append(" added, ");
    out.append(diff.recordsRemoved()).append(" removed");
    if (!diff.splits().isEmpty()) {
      out.append(" (").append(diff.splits().size()).append(" of them split)");
    }
    out.append(", ").append(diff.recordsChanged()).append(" changed (");
    out.append(diff.recordsChanged(RecordChange.Kind.RENAMED)).append(" renamed, ");
    out.append(diff.recordsChanged(RecordChange.Kind.MOVED)).append(" moved)\n");
    out.append("People: ").append(diff.peopleCount(PersonChange.Added.class)).append(" added, ");
    out.append(diff.peopleCount(PersonChange.Removed.class)).append(" removed, ");
    out.append(diff.peopleCount(PersonChange.Changed.class)).append(" changed\n");
    List<String> fields = diff.header().stream().map(FieldChange::field).toList();
    out.append("Header: ").append(fields.isEmpty() ? "unchanged" : String.join(", ", fields));
    out.append('\n');
  }

  private void record(RecordChange change) {
    if (change instanceof RecordChange.Added a) {
      out.append("+ ").append(describe(a.record())).append('\n');
    } else if (change instanceof RecordChange.Removed r) {
      out.append("- ").append(describe(r.record())).append('\n');
    } else if (change instanceof RecordChange.Changed c) {
      out.append("~ ").append(label(c.after())).append(kindNote(c)).append('\n');
      c.fields().forEach(f -> field("    ", f));
    } else if (change instanceof RecordChange.Split s) {
      out.append("- ").append(describe(s.removed()));
      int parts = s.parts().size();
      out.append(parts == 1 ? ", replaced by:\n" : ", split into " + parts + ":\n");
      s.parts().forEach(p -> out.append("    + ").append(describe(p)).append('\n'));
    }
  }

  private static String kindNote(RecordChange.Changed c) {
    return switch (c.kind()) {
      case MODIFIED -> "";
      case RENAMED -> " (renamed from " + c.before().name().orElse("") + ")";
      case MOVED ->
          " (moved from " + c.before().number().map(Object::toString).orElse("none") + ")";
    };
  }

  private void person(PersonChange change) {
    if (change instanceof PersonChange.Added a) {
      out.append("+ ").append(describe(a.person())).append('\n');
    } else if (change instanceof PersonChange.Removed r) {
      out.append("- ").append(describe(r.person())).append('\n');
    } else if (change instanceof PersonChange.Changed c) {
      out.append("~ ").append(c.id()).append('\n');
      c.fields().forEach(f -> field("    ", f));
    }
  }

  private void field(String indent, FieldChange f) {
    out.append(indent).append(f.field()).append(": ").append(value(f.before()));
    out.append(" → ").append(value(f.after())).append('\n');
  }

  private static String value(Optional<String> value) {
    return value.map(v -> '"' + v.replace("\n", "\\n") + '"').orElse("(none)");
  }

  /** {@code name port/transport}, leaving out what the record lacks. */
  static String label(ServiceRecord r) {
    StringBuilder label = new StringBuilder(r.serviceName().orElse(""));
    String port = r.number().map(Object::toString).orElse("");
    String transport = r.protocol().map(t -> (port.isEmpty() ? "" : "/") + t.token()).orElse("");
    String where = port + transport;
    if (!where.isEmpty()) {
      label.append(label.length() == 0 ? "" : " ").append(where);
    }
    return label.toString();
  }

  private static String describe(ServiceRecord r) {
    StringBuilder text = new StringBuilder(label(r));
    RecordField.rich(r.description()).ifPresent(d -> text.append(": ").append(oneLine(d)));
    RecordField.ASSIGNEES
        .show(r)
        .or(() -> RecordField.PERSONS.show(r))
        .ifPresent(a -> text.append(' ').append(a));
    r.registered().ifPresent(d -> text.append(" registered ").append(d));
    RecordField.REFERENCES.show(r).ifPresent(x -> text.append(' ').append(x));
    return text.toString();
  }

  private static String describe(Person p) {
    StringBuilder text = new StringBuilder(p.id());
    p.name().ifPresent(n -> text.append(": ").append(n));
    p.org().ifPresent(o -> text.append(", ").append(o));
    p.uri().ifPresent(u -> text.append(", ").append(u));
    return text.toString();
  }

  private static String oneLine(String text) {
    return text.replace("\n", " ").strip();
  }
}
