package org.portreg.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.portreg.format.RecordColumns;
import org.portreg.model.Footnote;
import org.portreg.model.Note;
import org.portreg.model.Registry;

/**
 * Compares what two registry versions say of themselves: id, title, category, Last Updated,
 * references, experts, notes and footnotes. Stateless.
 */
final class HeaderDiff {
  private HeaderDiff() {}

  private record HeaderField(String key, Function<Registry, Optional<String>> value) {}

  private static final List<HeaderField> FIELDS =
      List.of(
          new HeaderField("id", r -> Optional.of(r.header().id())),
          new HeaderField("title", r -> Optional.of(r.header().title())),
          new HeaderField("category", r -> Optional.of(r.header().category())),
          new HeaderField("updated", r -> Optional.of(r.header().updated().toString())),
          new HeaderField("references", r -> present(references(r))),
          new HeaderField("experts", r -> present(String.join("\n", r.header().experts()))),
          new HeaderField("notes", r -> present(notes(r.header().notes()))),
          new HeaderField("footnotes", r -> present(footnotes(r.footnotes()))));

  /** The changed header fields, in the order above. */
  static List<FieldChange> compare(Registry older, Registry newer) {
    List<FieldChange> changes = new ArrayList<>();
    if (older.header().equals(newer.header()) && older.footnotes().equals(newer.footnotes())) {
      return changes;
    }
    for (HeaderField field : FIELDS) {
      Optional<String> before = field.value().apply(older);
      Optional<String> after = field.value().apply(newer);
      if (!before.equals(after)) {
        changes.add(new FieldChange(field.key(), before, after));
      }
    }
    return changes;
  }

  private static Optional<String> present(String value) {
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
  }

  private static String references(Registry r) {
    return RecordColumns.references(r.header().references());
  }

  private static String notes(List<Note> notes) {
    return notes.stream()
        .map(n -> n.title().map(t -> t + ": ").orElse("") + RecordField.rich(n.text()).orElse(""))
        .collect(Collectors.joining("\n"));
  }

  private static String footnotes(List<Footnote> footnotes) {
    return footnotes.stream()
        .map(f -> "[" + f.anchor() + "] " + RecordField.rich(f.text()).orElse(""))
        .collect(Collectors.joining("\n"));
  }
}
